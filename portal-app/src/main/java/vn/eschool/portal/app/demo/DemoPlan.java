package vn.eschool.portal.app.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who teaches what in the demo school, and what each teacher uploads in a month: one place that the history, the
 * school's declared teaching plan and the roster read, so they always agree. Pure.
 *
 * <p>Each teacher has one subject; the (class, subject) pairs of a subject are shared out among its teachers in
 * turn. A teacher uploads one e-lecture per pair a month, at least {@link #MONTHLY_LECTURES}. Two deliberate
 * shortcomings make the audit find something every month, as in a real school: {@link #SHORT_TEACHER} makes one of
 * the three with a presentation tool (short of the quota, II.2.1), and {@link #SKIPPING_TEACHER} leaves one of
 * its pairs without material, a different one each month (II.2.2).
 */
final class DemoPlan {

    static final List<String> CLASSES = List.of("6A", "6B", "7A", "7B", "8A", "9A");
    static final int MONTHLY_LECTURES = 3;
    /** gv28 (Lịch sử và Địa lí): two lectures with specialised software and one with PowerPoint. */
    static final String SHORT_TEACHER = "gv28";
    /** gv10 (GDCD): one of its classes gets no material in the month. */
    static final String SKIPPING_TEACHER = "gv10";
    static final String[] SPECIALISED = {"iSpring", "Violet", "ActivInspire"};
    static final String PRESENTATION = "PowerPoint";

    /** One teaching assignment (phân công chuyên môn): teacher × subject × class. */
    record Assignment(String username, String subject, String className) {

        int grade() {
            return Integer.parseInt(className.substring(0, 1));
        }
    }

    /** One e-lecture of the month: its day (1-based), pair and authoring program. */
    record Lecture(int day, Assignment pair, String software) {
    }

    private final Map<String, List<Assignment>> byTeacher = new LinkedHashMap<>();

    /** @param subjects each teacher's username and subject, in the order the staff list gives them */
    DemoPlan(Map<String, String> subjects) {
        Map<String, List<String>> teachersBySubject = new LinkedHashMap<>();
        subjects.forEach((username, subject) -> {
            teachersBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(username);
            byTeacher.put(username, new ArrayList<>());
        });
        teachersBySubject.forEach((subject, teachers) -> {
            for (int c = 0; c < CLASSES.size(); c++) {
                String teacher = teachers.get(c % teachers.size());
                byTeacher.get(teacher).add(new Assignment(teacher, subject, CLASSES.get(c)));
            }
        });
    }

    /** Every assignment of the school year, teacher by teacher. */
    List<Assignment> assignments() {
        return byTeacher.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The teacher's e-lectures of the month, spread over its days (teachers upload at weekends too, so no day of
     * the month is without one).
     */
    List<Lecture> lectures(String username, int teacherIndex, YearMonth month) {
        List<Assignment> pairs = new ArrayList<>(byTeacher.get(username));
        if (username.equals(SKIPPING_TEACHER) && pairs.size() > 1) {
            pairs.remove(month.getMonthValue() % pairs.size());
        }
        int count = Math.max(MONTHLY_LECTURES, byTeacher.get(username).size());
        int length = month.lengthOfMonth();
        List<Lecture> lectures = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int day = 1 + (teacherIndex + k * length / count) % length;
            boolean presentation = username.equals(SHORT_TEACHER) && k == count - 1;
            lectures.add(new Lecture(day, pairs.get(k % pairs.size()),
                    presentation ? PRESENTATION : SPECIALISED[(teacherIndex + k) % SPECIALISED.length]));
        }
        return lectures;
    }
}
