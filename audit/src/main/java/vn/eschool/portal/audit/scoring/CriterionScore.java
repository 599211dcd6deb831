package vn.eschool.portal.audit.scoring;

/** One scored criterion in the self-assessment; {@code evidenceNote} is empty unless the school entered it. */
public record CriterionScore(String id, String titleVi, double maxPoints, double score, ScoreSource source, String evidenceNote) {
}
