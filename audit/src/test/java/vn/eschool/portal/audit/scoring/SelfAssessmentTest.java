package vn.eschool.portal.audit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.rules.RuleSetCatalog;

class SelfAssessmentTest {

    private static final RuleSetCatalog CATALOG = RuleSetCatalog.bundled();
    private static final RuleSet CURRENT = CATALOG.get("8265-2021");
    private static final AuditResult FULL_AUDIT = AuditEngine.audit(CURRENT, SchoolMonth.compliant().build());

    /** Full marks on every criterion the school enters. */
    private static Map<String, SchoolEntry> fullEntries(RuleSet ruleSet) {
        Map<String, SchoolEntry> entries = new HashMap<>();
        ruleSet.leaves().filter(c -> !c.measuredByPortal())
                .forEach(c -> entries.put(c.id(), new SchoolEntry(c.maxPoints(), "Hồ sơ minh chứng " + c.id())));
        return entries;
    }

    private static Map<String, SchoolEntry> with(Map<String, SchoolEntry> entries, String id, double score) {
        entries.put(id, new SchoolEntry(score, "Tự đánh giá"));
        return entries;
    }

    @ParameterizedTest
    @ValueSource(strings = {"8265-2021", "guidance-2018"})
    void fullMarksEverywhereIsGradeA(String ruleSetId) {
        RuleSet ruleSet = CATALOG.get(ruleSetId);
        AuditResult audit = AuditEngine.audit(ruleSet, SchoolMonth.compliant().build());

        SelfAssessmentResult result = SelfAssessment.evaluate(ruleSet, audit, fullEntries(ruleSet));

        assertEquals(100, result.total(), 1e-9);
        assertEquals(100, result.maxTotal(), 1e-9);
        assertEquals(Optional.of("A"), result.grade());
        assertTrue(result.passed());
        assertEquals(List.of(), result.notEntered());
        assertEquals(List.of(35.0, 40.0, 15.0, 10.0), result.standards().stream().map(StandardScore::score).toList());
    }

    /** I.2.1 is worth 10 and I.1.1.1 2.5, so lowering them moves the total across the grade edges. */
    @ParameterizedTest(name = "I.2.1 = {0}, I.1.1.1 = {1} → total {2}, grade {3}")
    @CsvSource({
            "10,   2.5,  100,   A",
            "5,    2.5,  95,    A",
            "4.75, 2.5,  94.75, B",
            "0,    2.5,  90,    B",
            "0,    2.25, 89.75, ''"})
    void theTotalDecidesTheGrade(double i21, double i111, double total, String grade) {
        Map<String, SchoolEntry> entries = with(with(fullEntries(CURRENT), "I.2.1", i21), "I.1.1.1", i111);

        SelfAssessmentResult result = SelfAssessment.evaluate(CURRENT, FULL_AUDIT, entries);

        assertEquals(total, result.total(), 1e-9);
        assertEquals(grade.isEmpty() ? Optional.empty() : Optional.of(grade), result.grade());
        assertEquals(grade.isEmpty() ? "Chưa đạt mô hình trường học điện tử" : "Đạt mô hình trường học điện tử - Loại " + grade,
                result.gradeLabelVi());
    }

    /** Standard III is worth 15: 7.5 is exactly half (−3 −2 −1 −0.5 −1), which is not "trên 50%"; total would be 92.5 (B). */
    @Test
    void aStandardAtExactlyHalfItsPointsFailsTheSchoolWhateverItsTotal() {
        Map<String, SchoolEntry> entries = with(with(with(with(with(fullEntries(CURRENT), "III.1.2", 0), "III.2.1", 0),
                "III.3.1.1", 0), "III.3.1.2", 0.5), "III.3.3", 0);

        SelfAssessmentResult result = SelfAssessment.evaluate(CURRENT, FULL_AUDIT, entries);

        assertEquals(92.5, result.total(), 1e-9);
        assertEquals(7.5, result.standards().get(2).score(), 1e-9);
        assertFalse(result.passed());
        assertEquals(List.of("III"), result.standardsBelowMinimum().stream().map(StandardScore::id).toList());
    }

    @Test
    void aStandardJustAboveHalfItsPointsPasses() {
        Map<String, SchoolEntry> entries = with(with(with(with(with(fullEntries(CURRENT), "III.1.2", 0), "III.2.1", 0),
                "III.3.1.1", 0), "III.3.1.2", 0.75), "III.3.3", 0);

        SelfAssessmentResult result = SelfAssessment.evaluate(CURRENT, FULL_AUDIT, entries);

        assertEquals(92.75, result.total(), 1e-9);
        assertEquals(Optional.of("B"), result.grade());
        assertEquals(List.of(), result.standardsBelowMinimum());
    }

    /** 8265 asks "các Tiêu chuẩn" to score above 50%; the bonus group IV is not a Tiêu chuẩn. */
    @Test
    void theBonusGroupMayScoreNothing() {
        Map<String, SchoolEntry> entries = fullEntries(CURRENT);
        List.of("IV.1", "IV.2", "IV.3", "IV.4", "IV.5").forEach(id -> with(entries, id, 0));

        SelfAssessmentResult result = SelfAssessment.evaluate(CURRENT, FULL_AUDIT, entries);

        assertEquals(90, result.total(), 1e-9);
        assertEquals(Optional.of("B"), result.grade());
    }

    /**
     * Standard II is worth 40; the portal's 20 points there count towards it: losing them all leaves 20, exactly half.
     * The portal's other measured criteria (I.1.1.2, III.3.1.3) keep their 3.5 points.
     */
    @Test
    void thePortalsScoresFeedStandardTwo() {
        SchoolMonth school = SchoolMonth.compliant().changeTeachers(5, t -> SchoolMonth.withLayer2Use(SchoolMonth.withoutSoftware(t), false, 0, 0));
        school.covered.clear();
        school.sectionLastUpdated.clear();
        school.albumPhotos = 0;
        AuditResult audit = AuditEngine.audit(CURRENT, school.build());

        SelfAssessmentResult result = SelfAssessment.evaluate(CURRENT, audit, fullEntries(CURRENT));

        assertEquals(3.5, audit.totalScore(), 1e-9);
        StandardScore standardII = result.standards().get(1);
        assertEquals(20, standardII.score(), 1e-9);
        assertFalse(standardII.meetsMinimum());
        assertFalse(result.passed());
        CriterionScore ii21 = standardII.criteria().stream().filter(c -> c.id().equals("II.2.1")).findFirst().orElseThrow();
        assertEquals(ScoreSource.PORTAL, ii21.source());
    }

    @Test
    void criteriaNotEnteredAreShownAsNotEnteredNotZeroAndTheMonthIsIncomplete() {
        Map<String, SchoolEntry> entries = fullEntries(CURRENT);
        entries.remove("II.2.3");
        entries.remove("III.3.1.1");

        SelfAssessmentResult result = SelfAssessment.evaluate(CURRENT, FULL_AUDIT, entries);

        assertEquals(List.of("II.2.3", "III.3.1.1"), result.notEntered());
        assertFalse(result.complete());
        CriterionScore notEntered = result.standards().get(1).criteria().stream().filter(c -> c.id().equals("II.2.3"))
                .findFirst().orElseThrow();
        assertEquals(ScoreSource.NOT_ENTERED, notEntered.source());
        assertEquals(null, notEntered.score(), "not entered, not 0");
        assertEquals(94, result.total(), 1e-9, "the points known so far");
        assertEquals(Optional.empty(), result.grade(), "no grade until every criterion is entered");
        assertEquals("Chưa đủ dữ liệu để xếp loại: còn 2 tiêu chí chưa nhập", result.gradeLabelVi());
    }

    @Test
    void theSchoolsEvidenceIsKeptWithItsScore() {
        SelfAssessmentResult result = SelfAssessment.evaluate(CURRENT, FULL_AUDIT, fullEntries(CURRENT));

        CriterionScore score = result.standards().get(0).criteria().get(0);
        assertEquals("I.1.1.1", score.id());
        assertEquals(ScoreSource.SCHOOL, score.source());
        assertEquals("Hồ sơ minh chứng I.1.1.1", score.evidenceNote());
    }

    @Test
    void theSchoolCannotEnterACriterionThePortalMeasures() {
        Map<String, SchoolEntry> entries = with(fullEntries(CURRENT), "II.3.2", 5);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SelfAssessment.evaluate(CURRENT, FULL_AUDIT, entries));
        assertEquals("Criterion II.3.2 is scored by the portal; the school does not enter it.", error.getMessage());
    }

    @Test
    void aScoreAboveTheCriterionsPointsIsRejected() {
        Map<String, SchoolEntry> entries = with(fullEntries(CURRENT), "III.3.3", 1.5);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SelfAssessment.evaluate(CURRENT, FULL_AUDIT, entries));
        assertEquals("Criterion III.3.3: the score must be between 0 and 1.0 (got 1.5).", error.getMessage());
    }

    @Test
    void anEntryForAGroupOrAnUnknownCriterionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SelfAssessment.evaluate(CURRENT, FULL_AUDIT, with(fullEntries(CURRENT), "I.1", 12)));
        assertThrows(IllegalArgumentException.class, () -> SelfAssessment.evaluate(CURRENT, FULL_AUDIT, with(fullEntries(CURRENT), "V.1", 1)));
    }

    @Test
    void theAuditMustComeFromTheSameRuleSet() {
        RuleSet older = CATALOG.get("guidance-2018");

        assertThrows(IllegalArgumentException.class, () -> SelfAssessment.evaluate(older, FULL_AUDIT, fullEntries(older)));
    }

    @Test
    void everyCriterionTheSchoolEntersIsOneThePortalCannotMeasure() {
        List<String> entered = CURRENT.leaves().filter(c -> !c.measuredByPortal()).map(Criterion::id).toList();

        assertEquals(24, entered.size());
        assertTrue(entered.containsAll(List.of("I.1.1.1", "II.1.1", "II.1.2", "II.1.3", "II.2.3", "III.3.1.1", "III.3.1.2")));
        assertFalse(entered.contains("I.1.1.2") || entered.contains("III.3.1.3"), "the portal measures these");
    }
}
