package vn.eschool.portal.audit.scoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The whole 100-point self-assessment for one month.
 *
 * @param grade       the passing grade's id (e.g. "A"), empty when the school does not pass or the month is incomplete
 * @param gradeLabelVi the grade's label, the rule set's "not passed" label, or that the month is incomplete
 * @param notEntered  criteria the school has not scored yet ("chưa nhập": no points, and no grade until entered)
 * @param complete    whether every criterion is scored (measured or entered)
 */
public record SelfAssessmentResult(
        String ruleSetId,
        YearMonth month,
        List<StandardScore> standards,
        double total,
        double maxTotal,
        Optional<String> grade,
        String gradeLabelVi,
        List<String> notEntered,
        boolean complete) {

    public SelfAssessmentResult {
        standards = List.copyOf(standards);
        notEntered = List.copyOf(notEntered);
    }

    public boolean passed() {
        return grade.isPresent();
    }

    /** Standards that fail the "above 50%" rule; any one of them means the school does not pass. */
    public List<StandardScore> standardsBelowMinimum() {
        return standards.stream().filter(standard -> !standard.meetsMinimum()).toList();
    }
}
