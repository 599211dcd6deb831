package vn.eschool.portal.audit.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.rules.GradeBand;
import vn.eschool.portal.audit.rules.Grading;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.rules.Standard;

/**
 * Combines the portal's audit with the school's own entries into the whole self-assessment
 * (tự đánh giá) and grades it: the total must reach a grade's minimum and every standard that
 * must score above half of its points must do so.
 */
public final class SelfAssessment {

    /** The grade of a month the school has not finished entering: unknown, not failed. */
    public static final String INCOMPLETE_LABEL_VI = "Chưa đủ dữ liệu để xếp loại: còn ";

    private SelfAssessment() {
    }

    /**
     * @param audit   the engine's result for the same rule set and month
     * @param entries the school's scores, by criterion id, for criteria the portal does not measure
     * @throws IllegalArgumentException if an entry names an unknown or portal-measured criterion or exceeds its points
     */
    public static SelfAssessmentResult evaluate(RuleSet ruleSet, AuditResult audit, Map<String, SchoolEntry> entries) {
        if (!audit.ruleSetId().equals(ruleSet.id())) {
            throw new IllegalArgumentException("The audit used rule set " + audit.ruleSetId() + ", not " + ruleSet.id());
        }
        checkEntries(ruleSet, entries);
        Grading grading = ruleSet.grading();
        List<StandardScore> standards = new ArrayList<>();
        List<String> notEntered = new ArrayList<>();
        for (Standard standard : ruleSet.standards()) {
            List<CriterionScore> criteria = standard.leaves().map(criterion -> score(criterion, audit, entries)).toList();
            criteria.stream().filter(score -> score.source() == ScoreSource.NOT_ENTERED).forEach(score -> notEntered.add(score.id()));
            double score = criteria.stream().mapToDouble(CriterionScore::points).sum();
            boolean meetsMinimum = !standard.mustScoreAboveHalf()
                    || score > grading.standardMinimumShareExclusive() * standard.maxPoints();
            standards.add(new StandardScore(standard.id(), standard.titleVi(), standard.maxPoints(), score,
                    standard.mustScoreAboveHalf(), meetsMinimum, criteria));
        }
        double total = standards.stream().mapToDouble(StandardScore::score).sum();
        boolean everyStandardMeetsMinimum = standards.stream().allMatch(StandardScore::meetsMinimum);
        boolean complete = notEntered.isEmpty();
        Optional<GradeBand> grade = complete && everyStandardMeetsMinimum
                ? grading.grades().stream().filter(band -> total >= band.minimumTotal()).findFirst()
                : Optional.empty();
        return new SelfAssessmentResult(ruleSet.id(), audit.month(), standards, total, ruleSet.maxTotal(),
                grade.map(GradeBand::id), complete ? grade.map(GradeBand::labelVi).orElse(grading.notPassedLabelVi())
                        : INCOMPLETE_LABEL_VI + notEntered.size() + " tiêu chí chưa nhập", notEntered, complete);
    }

    private static CriterionScore score(Criterion criterion, AuditResult audit, Map<String, SchoolEntry> entries) {
        if (criterion.measuredByPortal()) {
            CriterionResult measured = audit.criterion(criterion.id()).orElseThrow(() ->
                    new IllegalArgumentException("The audit has no result for " + criterion.id()));
            return new CriterionScore(criterion.id(), criterion.titleVi(), criterion.maxPoints(), measured.score(), ScoreSource.PORTAL, "");
        }
        SchoolEntry entry = entries.get(criterion.id());
        return entry == null
                ? new CriterionScore(criterion.id(), criterion.titleVi(), criterion.maxPoints(), null, ScoreSource.NOT_ENTERED, "")
                : new CriterionScore(criterion.id(), criterion.titleVi(), criterion.maxPoints(), entry.score(), ScoreSource.SCHOOL, entry.evidenceNote());
    }

    private static void checkEntries(RuleSet ruleSet, Map<String, SchoolEntry> entries) {
        Map<String, Double> scores = new HashMap<>();
        entries.forEach((id, entry) -> scores.put(id, entry.score()));
        List<EntryCheck.Problem> problems = EntryCheck.problems(ruleSet, scores);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.stream().map(EntryCheck.Problem::messageEn).toList()));
        }
    }
}
