package vn.eschool.portal.audit.scoring;

import java.util.List;

/** The portal's score for one measured criterion; {@code deduction} is already capped at {@code maxPoints}. */
public record CriterionResult(
        String id,
        String titleVi,
        double maxPoints,
        double deduction,
        double score,
        List<Finding> findings) {

    public CriterionResult {
        findings = List.copyOf(findings);
    }
}
