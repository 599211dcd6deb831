package vn.eschool.portal.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoPlanTest {

    private static Map<String, String> subjects() {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            subjects.put(String.format("gv%02d", i + 1), DemoSchool.subjectOf(i));
        }
        return subjects;
    }

    /** Hand-checked: every month one teacher is short (gv28) and one pair lacks material (one of gv10's). */
    @ParameterizedTest
    @ValueSource(strings = {"2026-02", "2026-09", "2026-10", "2026-11", "2027-01"})
    void eachMonthHasExactlyOneShortTeacherAndOneUncoveredPair(String value) {
        YearMonth month = YearMonth.parse(value);
        DemoPlan plan = new DemoPlan(subjects());
        List<String> teachers = List.copyOf(subjects().keySet());
        Set<DemoPlan.Assignment> covered = new HashSet<>();
        Set<String> shortTeachers = new HashSet<>();
        for (int t = 0; t < teachers.size(); t++) {
            List<DemoPlan.Lecture> lectures = plan.lectures(teachers.get(t), t, month);
            lectures.forEach(lecture -> {
                covered.add(lecture.pair());
                assertTrue(lecture.day() >= 1 && lecture.day() <= month.lengthOfMonth());
            });
            long specialised = lectures.stream().filter(l -> !l.software().equals(DemoPlan.PRESENTATION)).count();
            if (specialised < DemoPlan.MONTHLY_LECTURES) {
                shortTeachers.add(teachers.get(t));
            }
        }
        assertEquals(Set.of(DemoPlan.SHORT_TEACHER), shortTeachers);
        Set<DemoPlan.Assignment> uncovered = new HashSet<>(plan.assignments());
        uncovered.removeAll(covered);
        assertEquals(1, uncovered.size(), uncovered.toString());
        assertEquals(DemoPlan.SKIPPING_TEACHER, uncovered.iterator().next().username());
        assertEquals(60, plan.assignments().size(), "6 classes × 10 subjects");
        Set<Integer> days = teachers.stream().flatMap(u -> plan.lectures(u, teachers.indexOf(u), month).stream())
                .map(DemoPlan.Lecture::day).collect(Collectors.toSet());
        assertTrue(days.containsAll(IntStream.rangeClosed(1, Math.min(30, month.lengthOfMonth())).boxed().toList()),
                "e-lectures on (nearly) every day of the month: " + days);
    }
}
