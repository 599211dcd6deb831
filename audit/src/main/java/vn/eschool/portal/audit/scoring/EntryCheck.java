package vn.eschool.portal.audit.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.rules.RuleSet;

/**
 * Whether the scores a school enters fit the rule set: each names a scored criterion the portal does not measure,
 * and lies between 0 and that criterion's points.
 */
public final class EntryCheck {

    /** One entry that does not fit, said in Vietnamese and in English. */
    public record Problem(String criterionId, String messageVi, String messageEn) {
    }

    private EntryCheck() {
    }

    /** Every entry that does not fit; empty when all do. */
    public static List<Problem> problems(RuleSet ruleSet, Map<String, Double> scores) {
        List<Problem> problems = new ArrayList<>();
        scores.forEach((id, score) -> check(ruleSet, id, score).ifPresent(problems::add));
        problems.sort(java.util.Comparator.comparing(Problem::criterionId));
        return problems;
    }

    private static Optional<Problem> check(RuleSet ruleSet, String id, double score) {
        Optional<Criterion> found = ruleSet.criterion(id).filter(Criterion::isLeaf);
        if (found.isEmpty()) {
            return Optional.of(new Problem(id, "Bộ tiêu chí " + ruleSet.id() + " không có tiêu chí chấm điểm " + id + ".",
                    "Rule set " + ruleSet.id() + " has no scored criterion " + id + "."));
        }
        Criterion criterion = found.get();
        if (criterion.measuredByPortal()) {
            return Optional.of(new Problem(id, "Tiêu chí " + id + " do cổng thông tin tự chấm; nhà trường không nhập điểm.",
                    "Criterion " + id + " is scored by the portal; the school does not enter it."));
        }
        if (Double.isNaN(score) || score < 0 || score > criterion.maxPoints()) {
            return Optional.of(new Problem(id, "Tiêu chí " + id + ": điểm phải từ 0 đến " + Points.vi(criterion.maxPoints())
                    + " (đã nhập " + Points.vi(score) + ").",
                    "Criterion " + id + ": the score must be between 0 and " + criterion.maxPoints() + " (got " + score + ")."));
        }
        return Optional.empty();
    }
}
