package vn.eschool.portal.audit.scoring;

import java.util.List;

/**
 * The portal's score for one measured criterion; {@code deduction} is already capped at {@code maxPoints}.
 *
 * @param notMeasured why the criterion could not be measured at all (it then scores 0, never full points); null
 *                    when it was
 * @param coverage    II.2.2: each required class and subject, covered or not, with the school weeks of its material
 */
public record CriterionResult(
        String id,
        String titleVi,
        double maxPoints,
        double deduction,
        double score,
        List<Finding> findings,
        String notMeasured,
        List<ClassSubjectCoverage> coverage) {

    public CriterionResult {
        findings = List.copyOf(findings);
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
    }

    public CriterionResult(String id, String titleVi, double maxPoints, double deduction, double score,
                           List<Finding> findings) {
        this(id, titleVi, maxPoints, deduction, score, findings, null, List.of());
    }
}
