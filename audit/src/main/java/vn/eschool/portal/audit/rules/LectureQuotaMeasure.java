package vn.eschool.portal.audit.rules;

import java.util.Optional;

/**
 * E-lectures uploaded by each teacher (8265: II.2.1). A teacher is "short" when below the monthly
 * minimum or, in a semester-end month, when the semester rule is not met. How the quota scale and the
 * no-software scale combine is the rule set's choice ({@code combine}); the total is capped at the criterion's points.
 *
 * @param onlySpecialisedSoftware count only lectures made with the rule set's specialised software
 *                                (8265); otherwise any e-lecture counts (2018: "sử dụng một phần mềm")
 * @param noSoftwareUse           deduction for teachers who used no teaching software at all, if any
 * @param semesterRule            the older "2–3 subject-specific programs per semester" rule, if any
 * @param combine                 how the two scales combine when both apply
 */
public record LectureQuotaMeasure(
        int monthlyMinimum,
        boolean onlySpecialisedSoftware,
        DeductionScale shortOfQuota,
        Optional<DeductionScale> noSoftwareUse,
        Optional<SemesterRule> semesterRule,
        Combine combine) implements Measure {

    public static final String KIND = "e-lectures";

    /**
     * {@code MAX}: the larger of the two deductions — a teacher with no lectures is short of the quota and uses no
     * software for the same missing uploads, which is charged once; {@code SUM}: they add up.
     */
    public enum Combine {
        MAX, SUM;

        public double apply(double shortOfQuota, double noSoftwareUse) {
            return this == MAX ? Math.max(shortOfQuota, noSoftwareUse) : shortOfQuota + noSoftwareUse;
        }
    }

    @Override
    public String kind() {
        return KIND;
    }
}
