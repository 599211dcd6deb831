package vn.eschool.portal.core.teaching;

import vn.eschool.portal.core.text.VietnameseText;

/** One subject taught in one class, e.g. ("6A", "Toán"): the unit of the teaching plan and of II.2.2. */
public record ClassSubject(String className, String subject) implements Comparable<ClassSubject> {

    /** The same pair however it is typed: "6a"/"toan" folds like "6A"/"Toán". */
    public String folded() {
        return fold(className) + "|" + fold(subject);
    }

    static String fold(String name) {
        return VietnameseText.foldWords(name);
    }

    @Override
    public int compareTo(ClassSubject other) {
        int byClass = className.compareTo(other.className);
        return byClass != 0 ? byClass : subject.compareTo(other.subject);
    }

    public String label() {
        return subject + " – lớp " + className;
    }
}
