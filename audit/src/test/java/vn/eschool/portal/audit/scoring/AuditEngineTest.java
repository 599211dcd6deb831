package vn.eschool.portal.audit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.audit.scoring.SchoolMonth.compliant;
import static vn.eschool.portal.audit.scoring.SchoolMonth.withLayer2Use;
import static vn.eschool.portal.audit.scoring.SchoolMonth.withLectures;
import static vn.eschool.portal.audit.scoring.SchoolMonth.withMostPrograms;
import static vn.eschool.portal.audit.scoring.SchoolMonth.withoutSoftware;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.eschool.portal.audit.rules.LectureQuotaMeasure;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.audit.rules.RuleSetCatalog;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.plugin.AuditSignals.SectionGap;
import vn.eschool.portal.core.teaching.ClassSubject;

/** Hand-computed scenarios for the measured criteria, under both bundled rule sets. */
class AuditEngineTest {

    private static final RuleSetCatalog CATALOG = RuleSetCatalog.bundled();
    private static final String CURRENT = "8265-2021";
    private static final String GUIDANCE_2018 = "guidance-2018";

    private static CriterionResult audit(String ruleSetId, SchoolMonth school, String criterionId) {
        return AuditEngine.audit(CATALOG.get(ruleSetId), school.build()).criterion(criterionId).orElseThrow();
    }

    private static void assertScore(double expectedDeduction, CriterionResult result) {
        assertEquals(expectedDeduction, result.deduction(), 1e-9, () -> result.id() + " findings: " + result.findings());
        assertEquals(result.maxPoints() - expectedDeduction, result.score(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {CURRENT, GUIDANCE_2018})
    void aCompliantSchoolScoresFullMarksWithoutFindings(String ruleSetId) {
        AuditResult result = AuditEngine.audit(CATALOG.get(ruleSetId), compliant().build());

        assertEquals(List.of("I.1.1.2", "II.2.1", "II.2.2", "II.3.1", "II.3.2", "III.3.1.3"),
                result.criteria().stream().map(CriterionResult::id).toList());
        assertEquals(23.5, result.totalScore(), 1e-9);
        assertEquals(23.5, result.maxTotal(), 1e-9);
        assertEquals(List.of(), result.findings());
        assertEquals(ruleSetId, result.ruleSetId());
        assertEquals(SchoolMonth.MARCH, result.month());
    }

    /** July has no teaching day: whatever the month's activity, nothing is deducted. */
    @ParameterizedTest
    @ValueSource(strings = {CURRENT, GUIDANCE_2018})
    void aMonthNotInSessionKeepsEveryPointWithoutFindings(String ruleSetId) {
        AuditResult result = NotInSession.result(CATALOG.get(ruleSetId), YearMonth.of(2026, 7));

        assertEquals(List.of("I.1.1.2", "II.2.1", "II.2.2", "II.3.1", "II.3.2", "III.3.1.3"),
                result.criteria().stream().map(CriterionResult::id).toList());
        assertEquals(23.5, result.totalScore(), 1e-9);
        assertEquals(List.of(), result.findings());
    }

    @Nested
    class ElectureQuota {

        /** The board member and the editor who also teach (the caller passes only those who teach) count as GV. */
        @ParameterizedTest(name = "{0}: a teaching {1} short of lectures → −2")
        @CsvSource({"8265-2021, EDITOR", "8265-2021, SCHOOL_ADMIN", "guidance-2018, EDITOR", "guidance-2018, SCHOOL_ADMIN"})
        void aTeachingEditorOrBoardMemberCountsInTheQuota(String ruleSetId, Role role) {
            SchoolMonth school = compliant();
            school.teachers.add(new TeacherActivity("btv", "Biên tập viên dạy Văn", "Tổ Ngữ văn", role, true, 0, 0, 0, true, 6, 14));

            CriterionResult result = audit(ruleSetId, school, "II.2.1");

            assertScore(2, result);
            assertEquals(List.of("btv"), result.findings().stream().map(Finding::subject).toList());
        }

        @ParameterizedTest(name = "{0}: {1} teachers short → −{2}")
        @CsvSource({
                "8265-2021, 0, 0", "8265-2021, 1, 2", "8265-2021, 2, 2", "8265-2021, 3, 4",
                "8265-2021, 4, 4", "8265-2021, 5, 5", "8265-2021, 6, 5",
                "guidance-2018, 0, 0", "guidance-2018, 1, 2", "guidance-2018, 2, 2", "guidance-2018, 3, 4",
                "guidance-2018, 4, 4", "guidance-2018, 5, 5", "guidance-2018, 6, 5"})
        void teachersShortOfTheMonthlyQuotaAreBanded(String ruleSetId, int shortTeachers, double deduction) {
            SchoolMonth school = compliant().changeTeachers(shortTeachers, t -> withLectures(t, 0, 0));

            CriterionResult result = audit(ruleSetId, school, "II.2.1");

            assertScore(deduction, result);
            assertEquals(shortTeachers, result.findings().size());
        }

        @Test
        void underDecision8265TwoSpecialisedLecturesAreShortAndThreeAreEnough() {
            assertScore(2, audit(CURRENT, compliant().changeTeachers(1, t -> withLectures(t, 2, 2)), "II.2.1"));
            assertScore(0, audit(CURRENT, compliant().changeTeachers(1, t -> withLectures(t, 3, 3)), "II.2.1"));
        }

        @Test
        void underDecision8265OnlyLecturesMadeWithSpecialisedSoftwareCount() {
            CriterionResult result = audit(CURRENT, compliant().changeTeachers(1, t -> withLectures(t, 5, 2)), "II.2.1");

            assertScore(2, result);
            assertEquals("Có 2/3 bài giảng điện tử sử dụng phần mềm chuyên môn trong tháng 03/2024", result.findings().get(0).messageVi());
            assertTrue(result.findings().get(0).clause().startsWith("II.2.1: Mỗi GV 1 tháng có ít nhất 3 bài giảng"));
        }

        @Test
        void underThe2018GuidanceOneLectureWithAnySoftwareIsEnough() {
            assertScore(0, audit(GUIDANCE_2018, compliant().changeTeachers(1, t -> withLectures(t, 1, 0)), "II.2.1"));
            assertScore(2, audit(GUIDANCE_2018, compliant().changeTeachers(1, t -> withLectures(t, 0, 0)), "II.2.1"));
            assertScore(2, audit(CURRENT, compliant().changeTeachers(1, t -> withLectures(t, 1, 0)), "II.2.1"));
        }

        /**
         * A teacher using no software also has no e-lecture, so both clauses apply; both rule sets take the larger
         * deduction ("combine": "max"), so the same missing uploads are charged once:
         * 1 → max(2, 2); 2 → max(2, 2); 3 → max(4, 2).
         */
        @ParameterizedTest(name = "{0}: {1} teachers using no software → −{2}")
        @CsvSource({
                "8265-2021, 1, 2", "8265-2021, 2, 2", "8265-2021, 3, 4",
                "guidance-2018, 1, 2", "guidance-2018, 2, 2", "guidance-2018, 3, 4"})
        void teachersUsingNoSoftwareAreChargedOnceWithTheQuota(String ruleSetId, int teachers, double deduction) {
            CriterionResult result = audit(ruleSetId, compliant().changeTeachers(teachers, SchoolMonth::withoutSoftware), "II.2.1");

            assertScore(deduction, result);
            assertEquals(2 * teachers, result.findings().size());
        }

        @Test
        void staffAreNotCountedAsTeachers() {
            SchoolMonth school = compliant();
            school.teachers.add(withoutSoftware(SchoolMonth.goodTeacher("gv11")));

            assertScore(2, audit(CURRENT, school, "II.2.1"));
            assertTrue(school.teachers.stream().anyMatch(t -> t.username().equals("nv01")), "the compliant school has an idle staff member");
        }

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void oneTeacherWithNoLecturesCostsTwoPointsNotFour(String ruleSetId) {
            CriterionResult result = audit(ruleSetId, compliant().changeTeachers(1, SchoolMonth::withoutSoftware), "II.2.1");

            assertScore(2, result);
            assertEquals(List.of("gv01", "gv01"), result.findings().stream().map(Finding::subject).toList(),
                    "both clauses are still reported");
        }

        @Test
        void aRuleSetMayAddTheTwoScalesUp() {
            assertEquals(4, LectureQuotaMeasure.Combine.SUM.apply(2, 2), 1e-9);
            assertEquals(2, LectureQuotaMeasure.Combine.MAX.apply(2, 2), 1e-9);
            assertEquals(4, LectureQuotaMeasure.Combine.MAX.apply(4, 2), 1e-9);
        }

        @ParameterizedTest(name = "2018 semester rule in {0}: most programs {1} → −{2}")
        @CsvSource({"2024-03, 1, 0", "2024-05, 1, 2", "2024-05, 2, 0", "2025-01, 1, 2", "2025-01, 3, 0"})
        void the2018SemesterRuleIsCheckedInSemesterEndMonths(String month, int mostPrograms, double deduction) {
            SchoolMonth school = compliant().changeTeachers(1, t -> withMostPrograms(t, mostPrograms));
            school.month = YearMonth.parse(month);

            assertScore(deduction, audit(GUIDANCE_2018, school, "II.2.1"));
            assertScore(0, audit(CURRENT, school, "II.2.1"));
        }

        @ParameterizedTest(name = "2018 semester rule, January: {0} teachers at {1} programs → −{2}")
        @CsvSource({"1, 0, 2", "1, 1, 2", "1, 2, 0", "1, 3, 0", "2, 1, 2", "3, 1, 4", "4, 1, 4", "5, 1, 5"})
        void the2018SemesterRuleNeedsTwoProgramsAndIsBanded(int teachers, int programs, double deduction) {
            SchoolMonth school = compliant().changeTeachers(teachers, t -> withMostPrograms(t, programs));
            school.month = YearMonth.of(2025, 1);

            CriterionResult result = audit(GUIDANCE_2018, school, "II.2.1");

            assertScore(deduction, result);
            assertEquals(programs < 2 ? teachers : 0, result.findings().size());
            assertTrue(result.findings().stream().allMatch(f -> f.messageVi().contains(programs + "/2 phần mềm đặc thù")));
        }

        @Test
        void aTeacherShortOnBothTheMonthAndTheSemesterCountsOnce() {
            SchoolMonth school = compliant()
                    .changeTeachers(1, t -> withMostPrograms(withLectures(t, 0, 0), 0));
            school.month = YearMonth.of(2024, 5);

            CriterionResult result = audit(GUIDANCE_2018, school, "II.2.1");

            assertScore(2, result);
            assertEquals(2, result.findings().size(), "one finding per clause, one teacher short");
        }
    }

    @Nested
    class LearningMaterials {

        @ParameterizedTest(name = "{0}: {1} class×subject missing → −{2}")
        @CsvSource({
                "8265-2021, 0, 0", "8265-2021, 1, 2", "8265-2021, 2, 4", "8265-2021, 3, 5", "8265-2021, 4, 5",
                "guidance-2018, 0, 0", "guidance-2018, 1, 2", "guidance-2018, 2, 4", "guidance-2018, 3, 5", "guidance-2018, 4, 5"})
        void missingClassSubjectsAreBanded(String ruleSetId, int missing, double deduction) {
            SchoolMonth school = compliant();
            school.covered.stream().sorted().limit(missing).toList().forEach(school.covered::remove);

            CriterionResult result = audit(ruleSetId, school, "II.2.2");

            assertScore(deduction, result);
            assertEquals(missing, result.findings().size());
            result.findings().forEach(finding -> assertEquals(SubjectKind.CLASS_SUBJECT, finding.kind()));
        }

        @Test
        void materialForAClassSubjectNobodyRequiresDoesNotMakeUpForAMissingOne() {
            SchoolMonth school = compliant();
            school.covered.remove(new ClassSubject("4A", "Toán"));
            school.covered.add(new ClassSubject("4A", "Âm nhạc"));

            CriterionResult result = audit(CURRENT, school, "II.2.2");

            assertScore(2, result);
            assertEquals("Toán – lớp 4A", result.findings().get(0).subject());
        }

        @ParameterizedTest(name = "{0}: a plan of four pairs and no upload → −5")
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void aSchoolWithAPlanAndNoUploadsLosesEveryPoint(String ruleSetId) {
            SchoolMonth school = compliant();
            school.covered.clear();

            CriterionResult result = audit(ruleSetId, school, "II.2.2");

            assertScore(5, result);
            assertEquals(List.of("Chưa có học liệu môn Tiếng Việt lớp 4A", "Chưa có học liệu môn Toán lớp 4A",
                    "Chưa có học liệu môn Tiếng Việt lớp 4B", "Chưa có học liệu môn Toán lớp 4B"),
                    result.findings().stream().map(Finding::messageVi).toList());
        }

        @ParameterizedTest(name = "{0}: three of four pairs covered → −2, with every teaching week of each")
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void threeOfFourPairsCoveredCostTwoPointsAndShowEveryTeachingWeek(String ruleSetId) {
            SchoolMonth school = compliant();
            school.covered.remove(new ClassSubject("4B", "Toán"));
            // Week 25 is February's: material filed under a week outside the month is shown as well.
            school.coveredWeeks.put(new ClassSubject("4A", "Toán"), Set.of(27, 25));
            school.coveredWeeks.put(new ClassSubject("4A", "Tiếng Việt"), Set.of(30));

            CriterionResult result = audit(ruleSetId, school, "II.2.2");

            assertScore(2, result);
            assertEquals(List.of("Toán – lớp 4B"), result.findings().stream().map(Finding::subject).toList());
            assertEquals(List.of(new ClassSubjectCoverage("4A", "Tiếng Việt", true, weeks(30)),
                    new ClassSubjectCoverage("4A", "Toán", true, weeks(25, 27)),
                    new ClassSubjectCoverage("4B", "Tiếng Việt", true, weeks()),
                    new ClassSubjectCoverage("4B", "Toán", false, weeks())), result.coverage());
            assertEquals(List.of(25, 26, 27, 28, 29, 30), result.coverage().get(1).weeks().stream()
                    .map(ClassSubjectCoverage.Week::number).toList());
        }

        /** The teaching weeks of March 2024 (26 to 30) and any other week given, covered when listed in {@code covered}. */
        private static List<ClassSubjectCoverage.Week> weeks(Integer... covered) {
            SortedSet<Integer> numbers = new TreeSet<>(List.of(26, 27, 28, 29, 30));
            numbers.addAll(List.of(covered));
            return numbers.stream().map(n -> new ClassSubjectCoverage.Week(n, List.of(covered).contains(n))).toList();
        }

        @ParameterizedTest(name = "{0}: no declared plan → not measured, 0 points")
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void withoutADeclaredPlanTheCriterionIsNotMeasuredAndNeverScoresFullPoints(String ruleSetId) {
            SchoolMonth school = compliant();
            school.required.clear();
            school.covered.clear();
            school.notMeasured.add(Signal.TEACHING_PLAN);

            CriterionResult result = audit(ruleSetId, school, "II.2.2");

            assertEquals(0, result.score());
            assertEquals(0, result.deduction());
            assertTrue(result.notMeasured().contains("chưa khai báo kế hoạch dạy học"), result.notMeasured());
            assertEquals(List.of(SubjectKind.NOT_MEASURED), result.findings().stream().map(Finding::kind).toList());
        }
    }

    @Nested
    class PublicSite {

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void eachMissingSectionCostsHalfAPoint(String ruleSetId) {
            SchoolMonth school = compliant();
            school.sectionLastUpdated.remove("contact");
            school.sectionLastUpdated.remove("disclosures");

            CriterionResult result = audit(ruleSetId, school, "II.3.1");

            assertScore(1, result);
            assertEquals(List.of("contact", "disclosures"), result.findings().stream().map(Finding::subject).toList());
        }

        /** The e-learning repository may go 31 days without update; the month ends on 31/03/2024. */
        @ParameterizedTest(name = "{0}: repository last updated {1} → −{2}")
        @CsvSource({
                "8265-2021, 2024-02-29, 0", "8265-2021, 2024-02-28, 0.5",
                "guidance-2018, 2024-02-29, 0", "guidance-2018, 2024-02-28, 0.5"})
        void aSectionNotUpdatedWithinItsPeriodIsStale(String ruleSetId, LocalDate lastUpdated, double deduction) {
            SchoolMonth school = compliant();
            school.sectionLastUpdated.put("e-learning-repository", lastUpdated);

            assertScore(deduction, audit(ruleSetId, school, "II.3.1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void aNewsCategoryWithoutAPostThisMonthCostsHalfAPoint(String ruleSetId) {
            SchoolMonth school = compliant();
            school.categoryPosts.put("Hoạt động chuyên môn", 0);

            CriterionResult result = audit(ruleSetId, school, "II.3.1");

            assertScore(0.5, result);
            assertEquals(SubjectKind.NEWS_CATEGORY, result.findings().get(0).kind());
        }

        /** Event on 08/03; a post is timely up to 7 days later, i.e. until 15/03. */
        @ParameterizedTest(name = "{0}: posted {1} → −{2}")
        @CsvSource({
                "8265-2021, 2024-03-15, 0", "8265-2021, 2024-03-16, 1", "8265-2021, , 1",
                "guidance-2018, 2024-03-15, 0", "guidance-2018, 2024-03-16, 1", "guidance-2018, , 1"})
        void eachEventNotPostedInTimeCostsOnePoint(String ruleSetId, LocalDate postedOn, double deduction) {
            SchoolMonth school = compliant();
            school.events.clear();
            school.events.add(postedOn == null ? ExpectedEvent.notPosted("Hội khỏe Phù Đổng", LocalDate.of(2024, 3, 8))
                    : ExpectedEvent.posted("Hội khỏe Phù Đổng", LocalDate.of(2024, 3, 8), postedOn));

            assertScore(deduction, audit(ruleSetId, school, "II.3.1"));
        }

        /** Event on 08/03: news on the 6th announces it, news on the 10th reports it. */
        @ParameterizedTest(name = "{0}: news on {1} → −{2}")
        @CsvSource({
                "8265-2021, 2024-03-06, 1", "8265-2021, 2024-03-10, 0", "8265-2021, 2024-03-08, 0",
                "guidance-2018, 2024-03-06, 1", "guidance-2018, 2024-03-10, 0", "guidance-2018, 2024-03-08, 0"})
        void aPostBeforeTheEventIsAnAnnouncementNotCoverage(String ruleSetId, LocalDate newsOn, double deduction) {
            SchoolMonth school = compliant();
            school.events.clear();
            school.events.add(ExpectedEvent.posted("Hội khỏe Phù Đổng", LocalDate.of(2024, 3, 8), newsOn));

            CriterionResult result = audit(ruleSetId, school, "II.3.1");

            assertScore(deduction, result);
            if (deduction > 0) {
                assertEquals("Sự kiện \"Hội khỏe Phù Đổng\" ngày 08/03/2024 không được đăng tin (tin ngày 06/03/2024 đăng trước"
                        + " sự kiện là tin thông báo, không phải tin đưa tin)", result.findings().get(0).messageVi());
            }
        }

        @Test
        void anAnnouncementAndLaterCoverageAreTimely() {
            SchoolMonth school = compliant();
            school.events.clear();
            school.events.add(ExpectedEvent.posted("Hội khỏe Phù Đổng", LocalDate.of(2024, 3, 8),
                    LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 10)));

            assertScore(0, audit(CURRENT, school, "II.3.1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void anOrganisationChartWithoutAGroupHeadIsAShortcoming(String ruleSetId) {
            SchoolMonth school = compliant();
            school.gaps.add(new SectionGap("organisation", "Tổ Toán", "Tổ Toán chưa có tổ trưởng"));

            CriterionResult result = audit(ruleSetId, school, "II.3.1");

            assertScore(0.5, result);
            assertEquals("organisation: Tổ Toán", result.findings().get(0).subject());
            assertEquals("Mục \"Cơ cấu tổ chức\": Tổ Toán chưa có tổ trưởng", result.findings().get(0).messageVi());
        }

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void contactDetailsWithoutAnEmailAreAShortcoming(String ruleSetId) {
            SchoolMonth school = compliant();
            school.gaps.add(new SectionGap("contact", "email", "chưa công bố thư điện tử"));

            assertScore(0.5, audit(ruleSetId, school, "II.3.1"));
        }

        /** Each checklist item overdue or published late is one shortcoming: two items, −1. */
        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void eachOverdueOrLateDisclosureItemIsAShortcoming(String ruleSetId) {
            SchoolMonth school = compliant();
            school.gaps.add(new SectionGap("disclosures", "tai-tro", "\"Tài trợ\" quá hạn công khai"));
            school.gaps.add(new SectionGap("disclosures", "hoc-phi", "\"Học phí\" công khai muộn"));

            CriterionResult result = audit(ruleSetId, school, "II.3.1");

            assertScore(1, result);
            assertEquals(List.of("disclosures: hoc-phi", "disclosures: tai-tro"),
                    result.findings().stream().map(Finding::subject).toList());
        }

        @Test
        void aMissingSectionIsOneShortcomingWhateverItLacks() {
            SchoolMonth school = compliant();
            school.sectionLastUpdated.remove("organisation");
            school.gaps.add(new SectionGap("organisation", "board", "chưa có Ban giám hiệu"));

            assertScore(0.5, audit(CURRENT, school, "II.3.1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void anEmptyAlbumCostsTwoPoints(String ruleSetId) {
            SchoolMonth school = compliant();
            school.albumPhotos = 0;

            assertScore(2, audit(ruleSetId, school, "II.3.1"));
        }

        /** 2 sections (1) + 1 category (0.5) + 1 late event (1) + empty album (2) = 4.5. */
        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void shortcomingsOfEveryKindAddUp(String ruleSetId) {
            SchoolMonth school = compliant();
            school.sectionLastUpdated.remove("introduction");
            school.sectionLastUpdated.put("directive-documents", LocalDate.of(2023, 12, 1));
            school.categoryPosts.put("Hoạt động chuyên môn", 0);
            school.events.add(ExpectedEvent.notPosted("Chuyên đề cấp Quận", LocalDate.of(2024, 3, 20)));
            school.albumPhotos = 0;

            CriterionResult result = audit(ruleSetId, school, "II.3.1");

            assertScore(4.5, result);
            assertEquals(5, result.findings().size());
        }

        /** 6 sections (3) + 2 events (2) + empty album (2) = 7, capped at the criterion's 5 points. */
        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void theDeductionIsCappedAtTheCriterionsPoints(String ruleSetId) {
            SchoolMonth school = compliant();
            school.sectionLastUpdated.clear();
            school.events.clear();
            school.events.add(ExpectedEvent.notPosted("Hội khỏe Phù Đổng", LocalDate.of(2024, 3, 8)));
            school.events.add(ExpectedEvent.notPosted("Chuyên đề cấp Quận", LocalDate.of(2024, 3, 20)));
            school.albumPhotos = 0;

            CriterionResult result = audit(ruleSetId, school, "II.3.1");

            assertScore(5, result);
            assertEquals(0, result.score(), 1e-9);
            assertEquals(9, result.findings().size(), "every shortcoming is still reported");
        }
    }

    @Nested
    class InternalSite {

        @ParameterizedTest(name = "{0}: {1} teachers not using Layer 2 → −{2}")
        @CsvSource({
                "8265-2021, 0, 0", "8265-2021, 1, 3", "8265-2021, 2, 3", "8265-2021, 3, 4",
                "8265-2021, 4, 4", "8265-2021, 5, 5", "8265-2021, 6, 5",
                "guidance-2018, 0, 0", "guidance-2018, 1, 3", "guidance-2018, 2, 3", "guidance-2018, 3, 4",
                "guidance-2018, 4, 4", "guidance-2018, 5, 5", "guidance-2018, 6, 5"})
        void teachersNotUsingLayer2AreBanded(String ruleSetId, int teachers, double deduction) {
            SchoolMonth school = compliant().changeTeachers(teachers, t -> withLayer2Use(t, true, 0, 0));

            assertScore(deduction, audit(ruleSetId, school, "II.3.2"));
        }

        @Test
        void noAccountNoLoginAndNoLayer2VisitEachCount() {
            SchoolMonth school = compliant();
            school.teachers.set(0, withLayer2Use(school.teachers.get(0), false, 0, 0));
            school.teachers.set(1, withLayer2Use(school.teachers.get(1), true, 0, 0));
            school.teachers.set(2, withLayer2Use(school.teachers.get(2), true, 4, 0));

            CriterionResult result = audit(CURRENT, school, "II.3.2");

            assertScore(4, result);
            assertEquals(List.of(
                    "gv01: Chưa có tài khoản đăng nhập lớp 2",
                    "gv02: Không đăng nhập trong tháng 03/2024",
                    "gv03: Không truy cập lớp 2 trong tháng 03/2024"),
                    result.findings().stream().map(f -> f.subject() + ": " + f.messageVi()).toList());
        }

        /** The prescribed folders exist from the start: only a month with nothing filed in one says it is unused. */
        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void aPrescribedFolderWithNoItemThisMonthIsAFindingWithoutDeduction(String ruleSetId) {
            SchoolMonth school = compliant();
            school.folders.put("Tài liệu học", 0);

            CriterionResult result = audit(ruleSetId, school, "II.3.2");

            assertScore(0, result);
            assertEquals(List.of("Ngăn thư mục \"Tài liệu học\" không có tài liệu mới trong tháng 03/2024"),
                    result.findings().stream().map(Finding::messageVi).toList());
            assertFalse(result.findings().get(0).deducts());
        }

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void missingFoldersAndRepositoriesAreFindingsWithoutDeduction(String ruleSetId) {
            SchoolMonth school = compliant();
            school.folders.remove("Tài nguyên");
            school.folders.put("văn bản nội bộ", school.folders.remove("Văn bản nội bộ"));
            school.groupsWithRepository.remove("Tổ 1-2-3");

            CriterionResult result = audit(ruleSetId, school, "II.3.2");

            assertScore(0, result);
            assertEquals(List.of("Tài nguyên", "Tổ 1-2-3"), result.findings().stream().map(Finding::subject).toList());
            result.findings().forEach(finding -> assertFalse(finding.deducts()));
        }
    }

    @Nested
    class MonthlyReportsAndAccounts {

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void eachMissingStoredMonthlyReportCostsAQuarterPoint(String ruleSetId) {
            SchoolMonth school = compliant();
            school.reportsStored.remove(YearMonth.of(2024, 1));

            CriterionResult result = audit(ruleSetId, school, "I.1.1.2");

            assertScore(0.25, result);
            assertEquals("Thiếu báo cáo tháng 01/2024 (cổng không lưu báo cáo của tháng này)", result.findings().get(0).messageVi());
            assertEquals(SubjectKind.REPORT, result.findings().get(0).kind());
        }

        /** Ten missing reports (a whole school year) cost the 2.5 points of I.1.1.2, and no more. */
        @Test
        void missingReportsAreCappedAtTheirCriterionsPoints() {
            SchoolMonth school = compliant();
            school.month = YearMonth.of(2024, 8);
            school.reportsDue.clear();
            school.reportsStored.clear();
            for (YearMonth m = YearMonth.of(2023, 9); m.isBefore(school.month); m = m.plusMonths(1)) {
                school.reportsDue.add(m);
            }

            CriterionResult result = audit(CURRENT, school, "I.1.1.2");

            assertScore(2.5, result);
            assertEquals(11, result.findings().size());
        }

        @ParameterizedTest
        @ValueSource(strings = {CURRENT, GUIDANCE_2018})
        void anEditorWithoutTwoFactorSignInLeavesTheAdminAccountsUnsecured(String ruleSetId) {
            SchoolMonth school = compliant();
            school.adminAccounts.set(1, new AdminAccount("bientap", "Trưởng ban biên tập", Role.EDITOR, false));

            CriterionResult result = audit(ruleSetId, school, "III.3.1.3");

            assertScore(1, result);
            assertEquals(List.of("bientap"), result.findings().stream().map(Finding::subject).toList());
        }

        @Test
        void unsecuredAccountsAreOneUnmetContentAndTeachersAreNotAdministrators() {
            SchoolMonth school = compliant();
            school.adminAccounts.set(0, new AdminAccount("hieutruong", "Hiệu trưởng", Role.SCHOOL_ADMIN, false));
            school.adminAccounts.set(1, new AdminAccount("bientap", "Trưởng ban biên tập", Role.EDITOR, false));

            CriterionResult result = audit(CURRENT, school, "III.3.1.3");

            assertScore(1, result);
            assertEquals(List.of("bientap", "hieutruong"), result.findings().stream().map(Finding::subject).toList());
        }
    }

    @Test
    void signalsNothingMeasuredAreReportedAndCostNothing() {
        SchoolMonth school = compliant().changeTeachers(10, t -> withLayer2Use(t, true, 6, 0));
        school.sectionLastUpdated.clear();
        school.folders.clear();
        school.groupsWithRepository.clear();
        school.notMeasured.addAll(Set.of(Signal.values()));

        CriterionResult publicSite = audit(CURRENT, school, "II.3.1");
        CriterionResult internalSite = audit(CURRENT, school, "II.3.2");

        assertScore(0, publicSite);
        assertScore(0, internalSite);
        assertEquals(List.of("LAYER1_SECTIONS"), publicSite.findings().stream().map(Finding::subject).toList());
        assertEquals(List.of("LAYER2_VISITS", "LAYER2_FOLDERS", "LESSON_REPOSITORIES"),
                internalSite.findings().stream().map(Finding::subject).toList());
        internalSite.findings().forEach(finding -> {
            assertEquals(SubjectKind.NOT_MEASURED, finding.kind());
            assertFalse(finding.deducts());
        });
    }

    @Test
    void teachersWhoNeverSignInStillCountWhenLayer2VisitsAreNotMeasured() {
        SchoolMonth school = compliant().changeTeachers(2, t -> withLayer2Use(t, true, 0, 0));
        school.notMeasured.add(Signal.LAYER2_VISITS);

        assertScore(3, audit(CURRENT, school, "II.3.2"));
    }

    @Test
    void findingsCanBeListedPerTeacher() {
        SchoolMonth school = compliant();
        school.teachers.set(0, withLayer2Use(withoutSoftware(school.teachers.get(0)), true, 0, 0));
        school.teachers.set(1, withLectures(school.teachers.get(1), 2, 2));

        AuditResult result = AuditEngine.audit(CATALOG.get(CURRENT), school.build());

        assertEquals(List.of("II.2.1", "II.2.1", "II.3.2"),
                result.findingsForTeacher("gv01").stream().map(f -> f.clause().substring(0, 6)).toList());
        Map<String, List<Finding>> byTeacher = result.findingsByTeacher();
        assertEquals(List.of("gv01", "gv02"), List.copyOf(byTeacher.keySet()));
        assertEquals(1, byTeacher.get("gv02").size());
        assertEquals(List.of(), result.findingsForTeacher("gv03"));
    }

    @Test
    void theSameRuleSetAndInputAlwaysGiveTheSameResult() {
        RuleSet ruleSet = CATALOG.get(CURRENT);
        SchoolMonth school = compliant().changeTeachers(3, SchoolMonth::withoutSoftware);

        assertEquals(AuditEngine.audit(ruleSet, school.build()), AuditEngine.audit(ruleSet, school.build()));
    }
}
