package vn.eschool.portal.audit.scoring;

import java.util.List;

/**
 * One standard's total in the self-assessment.
 *
 * @param meetsMinimum false only for a standard that must score above its minimum share and does not
 */
public record StandardScore(
        String id,
        String titleVi,
        double maxPoints,
        double score,
        boolean mustScoreAboveHalf,
        boolean meetsMinimum,
        List<CriterionScore> criteria) {

    public StandardScore {
        criteria = List.copyOf(criteria);
    }
}
