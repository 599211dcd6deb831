package vn.eschool.portal.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.audit.rules.RuleSetFiles.decision8265;
import static vn.eschool.portal.audit.rules.RuleSetFiles.read;
import static vn.eschool.portal.audit.rules.RuleSetFiles.remove;
import static vn.eschool.portal.audit.rules.RuleSetFiles.replace;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.eschool.portal.core.account.Role;

class RuleSetLoaderTest {

    /** Pointer to II.2.1's measure in the 8265 file: standard II, criterion group II.2, first criterion. */
    private static final String LECTURES = "/standards/1/criteria/1/criteria/0/measure";

    @Test
    void decision8265HasTheWholeHundredPointTreeOfTheDecision() {
        RuleSet ruleSet = RuleSetLoader.readResource("rulesets/8265-2021.json");

        assertEquals("8265-2021", ruleSet.id());
        assertEquals(LocalDate.of(2021, 12, 9), ruleSet.effectiveFrom());
        assertEquals(100, ruleSet.maxTotal(), 1e-9);
        assertEquals(List.of("I=35.0", "II=40.0", "III=15.0", "IV=10.0"),
                ruleSet.standards().stream().map(s -> s.id() + "=" + s.maxPoints()).toList());
        assertEquals(List.of(true, true, true, false), ruleSet.standards().stream().map(Standard::mustScoreAboveHalf).toList());
        assertEquals(List.of(
                "I.1.1.1=2.5", "I.1.1.2=2.5", "I.1.2=7.0", "I.2.1=10.0", "I.2.2=5.0", "I.3.1=1.0", "I.3.2=4.0", "I.3.3=3.0",
                "II.1.1=8.0", "II.1.2=5.0", "II.1.3=2.0", "II.2.1=5.0", "II.2.2=5.0", "II.2.3=5.0", "II.3.1=5.0", "II.3.2=5.0",
                "III.1.1=2.0", "III.1.2=3.0", "III.2.1=2.0", "III.2.2=2.0", "III.3.1.1=1.0", "III.3.1.2=1.0", "III.3.1.3=1.0", "III.3.2=2.0", "III.3.3=1.0",
                "IV.1=2.0", "IV.2=3.0", "IV.3=2.0", "IV.4=2.0", "IV.5=1.0"),
                ruleSet.leaves().map(c -> c.id() + "=" + c.maxPoints()).toList());
        assertEquals(List.of("I.1.1.2", "II.2.1", "II.2.2", "II.3.1", "II.3.2", "III.3.1.3"),
                ruleSet.measuredCriteria().stream().map(Criterion::id).toList());
        assertEquals(5, ruleSet.criterion("I.1.1").orElseThrow().maxPoints(), 1e-9);
        assertEquals(3, ruleSet.criterion("III.3.1").orElseThrow().maxPoints(), 1e-9);
        assertEquals("Trang thông tin điều hành nội bộ (Lớp 2)", ruleSet.criterion("II.3.2").orElseThrow().titleVi());
        assertEquals("Tiêu chí 3: Trang thông tin điện tử", ruleSet.criterion("II.3").orElseThrow().titleVi());
        assertEquals(Set.of(Role.TEACHER, Role.SCHOOL_ADMIN, Role.EDITOR), ruleSet.teacherRoles());
        assertEquals(List.of("A", "B"), ruleSet.grading().grades().stream().map(GradeBand::id).toList());
    }

    @Test
    void decision8265EncodesTheThresholdsAndPrescribedContentAsData() {
        RuleSet ruleSet = RuleSetLoader.readResource("rulesets/8265-2021.json");

        LectureQuotaMeasure lectures = (LectureQuotaMeasure) ruleSet.criterion("II.2.1").orElseThrow().measure().orElseThrow();
        assertEquals(3, lectures.monthlyMinimum());
        assertTrue(lectures.onlySpecialisedSoftware());
        assertTrue(lectures.semesterRule().isEmpty());
        assertEquals(LectureQuotaMeasure.Combine.MAX, lectures.combine());
        assertTrue(ruleSet.description().contains("combine: max"), "the description gives the reason");
        PublicSiteMeasure site = (PublicSiteMeasure) ruleSet.criterion("II.3.1").orElseThrow().measure().orElseThrow();
        assertEquals(List.of("introduction", "organisation", "contact", "e-learning-repository", "disclosures", "directive-documents"),
                site.sections().stream().map(Layer1Section::id).toList());
        assertEquals(7, site.eventWindowDays());
        InternalSiteMeasure layer2 = (InternalSiteMeasure) ruleSet.criterion("II.3.2").orElseThrow().measure().orElseThrow();
        assertEquals(List.of("Tin tức nội bộ", "Tài liệu học", "Văn bản nội bộ", "Tài nguyên"), layer2.prescribedFolders());
        assertEquals(0, layer2.idleFolder().points(), 1e-9, "the decision sets no deduction for folders");
        MonthlyReportsMeasure reports = (MonthlyReportsMeasure) ruleSet.criterion("I.1.1.2").orElseThrow().measure().orElseThrow();
        assertEquals(0.25, reports.missingReport().points(), 1e-9);
        AdminAccountsMeasure admins = (AdminAccountsMeasure) ruleSet.criterion("III.3.1.3").orElseThrow().measure().orElseThrow();
        assertEquals(Set.of(Role.SCHOOL_ADMIN, Role.EDITOR), admins.roles());
        assertEquals(1, admins.unsecured().points(), 1e-9);
        assertTrue(ruleSet.isSpecialisedSoftware("iSpring Suite 11"));
        assertTrue(ruleSet.isSpecialisedSoftware("ACTIVINSPIRE"));
        assertFalse(ruleSet.isSpecialisedSoftware("Microsoft PowerPoint"));
    }

    @Test
    void guidance2018HasTheOlderThresholds() {
        RuleSet ruleSet = RuleSetLoader.readResource("rulesets/guidance-2018.json");

        LectureQuotaMeasure lectures = (LectureQuotaMeasure) ruleSet.criterion("II.2.1").orElseThrow().measure().orElseThrow();
        assertEquals(1, lectures.monthlyMinimum());
        assertFalse(lectures.onlySpecialisedSoftware());
        SemesterRule semester = lectures.semesterRule().orElseThrow();
        assertEquals(2, semester.minimumProgramsInOneLecture());
        assertEquals(Set.of(Month.JANUARY, Month.MAY), semester.checkedInMonths());
        assertEquals(LectureQuotaMeasure.Combine.MAX, lectures.combine());
        assertTrue(ruleSet.description().contains("không quy định điểm hay mức trừ"), "the data says where its bands come from");
    }

    @Test
    void aFileThatIsNotJsonIsRejectedWithItsName() {
        RuleSetException error = assertThrows(RuleSetException.class,
                () -> RuleSetLoader.read(new StringReader("{ \"id\": \"x\", "), "quan-x.json"));

        assertTrue(error.getMessage().startsWith("quan-x.json: not a valid JSON object"), error.getMessage());
    }

    @Test
    void aMissingFieldIsNamedWithItsPath() {
        JsonObject broken = remove(decision8265(), "/standards/2/criteria/0/criteria/1/points");

        assertError("broken.json: $.standards[2].criteria[0].criteria[1].points: is missing", broken);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithWhatWasFound() {
        JsonObject broken = replace(decision8265(), LECTURES + "/monthlyMinimum", Json.createValue("ba"));

        assertError("broken.json: $.standards[1].criteria[1].criteria[0].measure.monthlyMinimum: expected a whole number ≥ 0, found string \"ba\"", broken);
    }

    @Test
    void criteriaThatDoNotAddUpToTheirGroupAreRejected() {
        JsonObject broken = replace(decision8265(), "/standards/1/criteria/1/criteria/0/points", Json.createValue(6));

        assertError("broken.json: $.standards[1].criteria[1].points: is 15.0 but its criteria add up to 16.0", broken);
    }

    @Test
    void bandsWithAGapAreRejected() {
        JsonObject broken = replace(decision8265(), LECTURES + "/shortOfQuota/bands/1/from", Json.createValue(4));

        assertError("broken.json: $.standards[1].criteria[1].criteria[0].measure.shortOfQuota.bands[1]: must start at 3 (bands start at 1 and leave no gaps), found 4", broken);
    }

    @Test
    void bandsThatStopAtSomeCountAreRejected() {
        JsonObject broken = replace(decision8265(), LECTURES + "/shortOfQuota/bands/2",
                Json.createObjectBuilder().add("from", 5).add("to", 9).add("deduct", 5).build());

        assertError("broken.json: $.standards[1].criteria[1].criteria[0].measure.shortOfQuota.bands[2]: the last band must have no \"to\" (it covers every larger count)", broken);
    }

    @Test
    void bandsThatDeductLessForMoreShortcomingsAreRejected() {
        JsonObject broken = replace(decision8265(), LECTURES + "/shortOfQuota/bands/2/deduct", Json.createValue(3));

        assertError("broken.json: $.standards[1].criteria[1].criteria[0].measure.shortOfQuota.bands[2]: deducts less than the band before it", broken);
    }

    @Test
    void anUnknownMeasureIsRejectedWithTheKnownOnes() {
        JsonObject broken = replace(decision8265(), LECTURES + "/kind", Json.createValue("lessons"));

        assertError("broken.json: $.standards[1].criteria[1].criteria[0].measure.kind: unknown measure \"lessons\"; the portal measures [e-lectures, learning-materials, public-site, internal-site, monthly-reports, admin-accounts]", broken);
    }

    @Test
    void twoLectureScalesNeedToSayHowTheyCombine() {
        assertError("broken.json: $.standards[1].criteria[1].criteria[0].measure.combine: is missing: say how shortOfQuota and"
                + " noSoftwareUse combine, \"max\" or \"sum\"", remove(decision8265(), LECTURES + "/combine"));
        assertError("broken.json: $.standards[1].criteria[1].criteria[0].measure.combine: expected \"max\" or \"sum\", found"
                + " \"both\"", replace(decision8265(), LECTURES + "/combine", Json.createValue("both")));
    }

    @Test
    void anUnknownRoleIsRejected() {
        JsonObject broken = replace(decision8265(), "/teacherRoles/0", Json.createValue("GIAO_VIEN"));

        RuleSetException error = assertThrows(RuleSetException.class, () -> read(broken, "broken.json"));
        assertTrue(error.getMessage().startsWith("broken.json: $.teacherRoles: unknown role \"GIAO_VIEN\"; roles are ["), error.getMessage());
    }

    @Test
    void aRepeatedCriterionIdIsRejected() {
        JsonObject broken = replace(decision8265(), "/standards/1/criteria/1/criteria/2/id", Json.createValue("II.2.2"));

        assertError("broken.json: $.standards: criterion ids must be unique, repeated: [II.2.2]", broken);
    }

    @Test
    void aFileMustBeNamedAfterItsId(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("quyet-dinh-moi.json");
        Files.writeString(file, decision8265().toString(), StandardCharsets.UTF_8);

        RuleSetException error = assertThrows(RuleSetException.class, () -> RuleSetLoader.read(file));

        assertEquals("quyet-dinh-moi.json: the file must be named after its id, i.e. 8265-2021.json", error.getMessage());
    }

    private static void assertError(String expected, JsonObject json) {
        RuleSetException error = assertThrows(RuleSetException.class, () -> read(json, "broken.json"));
        assertEquals(expected, error.getMessage());
    }
}
