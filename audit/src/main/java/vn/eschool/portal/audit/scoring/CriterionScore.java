package vn.eschool.portal.audit.scoring;

/**
 * One scored criterion in the self-assessment; {@code score} is null while the school has not entered it ("chưa
 * nhập", never 0); {@code evidenceNote} is empty unless the school entered it.
 */
public record CriterionScore(String id, String titleVi, double maxPoints, Double score, ScoreSource source, String evidenceNote) {

    /** The points it adds to its standard: none while not entered. */
    public double points() {
        return score == null ? 0 : score;
    }
}
