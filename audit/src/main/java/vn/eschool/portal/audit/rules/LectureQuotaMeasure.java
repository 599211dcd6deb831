package vn.eschool.portal.audit.rules;

import java.util.Optional;

/**
 * E-lectures uploaded by each teacher (8265: II.2.1). A teacher is "short" when below the monthly
 * minimum or, in a semester-end month, when the semester rule is not met; the two scales add up
 * and the total is capped at the criterion's points.
 *
 * @param onlySpecialisedSoftware count only lectures made with the rule set's specialised software
 *                                (8265); otherwise any e-lecture counts (2018: "sử dụng một phần mềm")
 * @param noSoftwareUse           deduction for teachers who used no teaching software at all, if any
 * @param semesterRule            the older "2–3 subject-specific programs per semester" rule, if any
 */
public record LectureQuotaMeasure(
        int monthlyMinimum,
        boolean onlySpecialisedSoftware,
        DeductionScale shortOfQuota,
        Optional<DeductionScale> noSoftwareUse,
        Optional<SemesterRule> semesterRule) implements Measure {

    public static final String KIND = "e-lectures";

    @Override
    public String kind() {
        return KIND;
    }
}
