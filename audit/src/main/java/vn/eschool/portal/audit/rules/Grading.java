package vn.eschool.portal.audit.rules;

import java.util.List;

/**
 * How a total becomes a grade.
 *
 * @param grades                        passing grades, highest minimum first
 * @param standardMinimumShareExclusive a standard marked {@code mustScoreAboveHalf} must score
 *                                      strictly more than this share of its points ("trên 50%")
 */
public record Grading(List<GradeBand> grades, String notPassedLabelVi, double standardMinimumShareExclusive, String clause) {

    public Grading {
        grades = List.copyOf(grades);
    }
}
