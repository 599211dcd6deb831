package vn.eschool.portal.audit.scoring;

/** One subject taught in one class, e.g. ("4A", "Toán"): the unit of II.2.2 ("môn/lớp"). */
public record ClassSubject(String className, String subject) implements Comparable<ClassSubject> {

    @Override
    public int compareTo(ClassSubject other) {
        int byClass = className.compareTo(other.className);
        return byClass != 0 ? byClass : subject.compareTo(other.subject);
    }

    public String label() {
        return subject + " - lớp " + className;
    }
}
