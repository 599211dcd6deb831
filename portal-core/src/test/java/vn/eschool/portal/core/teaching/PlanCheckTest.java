package vn.eschool.portal.core.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.school.SchoolLevel;

class PlanCheckTest {

    static Programme bundled() {
        InputStream in = PlanCheckTest.class.getClassLoader().getResourceAsStream(TeachingPlanService.BUNDLED_PROGRAMME);
        return Programme.read(in);
    }

    private final Programme programme = bundled();

    @Test
    void theBundledProgrammeHasEveryGradeOfEachLevel() {
        assertEquals(Set.of(6, 7, 8, 9), programme.grades(SchoolLevel.THCS).keySet());
        assertEquals(Set.of(1, 2, 3, 4, 5), programme.grades(SchoolLevel.TH).keySet());
        assertEquals(Set.of(3, 4, 5), programme.grades(SchoolLevel.MN).keySet());
        assertTrue(programme.subjectNames(SchoolLevel.THCS, 6).contains("Khoa học tự nhiên"));
        assertFalse(programme.subjectNames(SchoolLevel.TH, 2).contains("Tin học"), "Tin học starts in grade 3");
    }

    @Test
    void subjectsAreMatchedFoldedAndByTheirAliases() {
        assertEquals(Optional.of("Toán"), programme.subject(SchoolLevel.THCS, 6, " toan "));
        assertEquals(Optional.of("Giáo dục công dân"), programme.subject(SchoolLevel.THCS, 8, "GDCD"));
        assertEquals(Optional.of("Mĩ thuật"), programme.subject(SchoolLevel.THCS, 7, "Mỹ thuật"));
        assertEquals(Optional.empty(), programme.subject(SchoolLevel.THCS, 6, "Vật lí"), "not a 2018 subject");
    }

    @Test
    void classesNeedANameOnceAndAGradeOfTheSchoolsLevel() {
        PlanCheck.Checked<PlanClass> checked = PlanCheck.classes(List.of(new PlanClass("6A", 6),
                new PlanClass(" 6a", 6), new PlanClass("", 7), new PlanClass("10A", 10)), SchoolLevel.THCS, programme);

        assertEquals(List.of("duplicate-class", "invalid-class-name", "invalid-grade"),
                checked.errors().stream().map(PlanError::code).toList());
        assertEquals(List.of(2, 3, 4), checked.errors().stream().map(PlanError::line).toList());
        assertTrue(PlanCheck.classes(List.of(new PlanClass("6A", 6), new PlanClass("9C", 9)), SchoolLevel.THCS,
                programme).ok());
    }

    @Test
    void assignmentsAreWrittenThePlansWayOrRefusedLineByLine() {
        List<PlanClass> classes = List.of(new PlanClass("6A", 6), new PlanClass("7B", 7));
        PlanCheck.Checked<PlanAssignment> checked = PlanCheck.assignments(List.of(
                        new PlanAssignment("GV01", "toan", "6a"),
                        new PlanAssignment("gv02", "GDCD", "7B"),
                        new PlanAssignment("gv01", "Toán", "6A"),
                        new PlanAssignment("gv99", "Toán", "6A"),
                        new PlanAssignment("gv02", "Toán", "8C"),
                        new PlanAssignment("gv02", "Vật lí", "7B")),
                List.of(5, 6, 7, 8, 9, 10), classes, Set.of("gv01", "gv02"), SchoolLevel.THCS, programme);

        assertEquals(List.of(new PlanAssignment("gv01", "Toán", "6A"),
                new PlanAssignment("gv02", "Giáo dục công dân", "7B")), checked.values());
        assertEquals(List.of("7 duplicate-assignment", "8 unknown-teacher", "9 unknown-class", "10 unknown-subject"),
                checked.errors().stream().map(e -> e.line() + " " + e.code()).toList());
    }

    @Test
    void freeTextLecturesMatchTheDeclaredPairFolded() {
        TeachingPlan plan = new TeachingPlan(new SchoolYear(2026), List.of(new PlanClass("6A", 6)),
                List.of(new PlanAssignment("gv01", "Toán", "6A"), new PlanAssignment("gv02", "Ngữ văn", "6A")));

        assertEquals(Optional.of(new ClassSubject("6A", "Toán")), plan.match("toan", "6a"));
        assertEquals(Optional.of(new ClassSubject("6A", "Ngữ văn")), plan.match("NGU VAN", " 6A "));
        assertEquals(Optional.empty(), plan.match("Toán", "6B"));
        assertEquals(Set.of(new ClassSubject("6A", "Toán")), plan.pairsOf("gv01"));
        assertTrue(plan.declared());
        assertFalse(new TeachingPlan(new SchoolYear(2026), List.of(new PlanClass("6A", 6)), List.of()).declared());
    }

    @Test
    void schoolYearsRunFromSeptember() {
        assertEquals("2026-2027", SchoolYear.of(java.time.YearMonth.of(2026, 9)).toString());
        assertEquals("2025-2026", SchoolYear.of(java.time.YearMonth.of(2026, 8)).toString());
        assertEquals(Optional.empty(), SchoolYear.parse("2026-2028"));
    }
}
