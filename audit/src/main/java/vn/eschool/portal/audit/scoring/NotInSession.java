package vn.eschool.portal.audit.scoring;

import java.time.YearMonth;
import java.util.List;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.rules.RuleSet;

/**
 * The result for a month with no teaching day (summer): nothing is asked of the school, so every measured
 * criterion keeps its points and has no finding. Pure.
 */
public final class NotInSession {

    private NotInSession() {
    }

    public static AuditResult result(RuleSet ruleSet, YearMonth month) {
        List<CriterionResult> criteria = ruleSet.measuredCriteria().stream()
                .map(criterion -> new CriterionResult(criterion.id(), criterion.titleVi(), criterion.maxPoints(), 0,
                        criterion.maxPoints(), List.of()))
                .toList();
        return new AuditResult(ruleSet.id(), month, criteria,
                criteria.stream().mapToDouble(CriterionResult::score).sum(),
                ruleSet.measuredCriteria().stream().mapToDouble(Criterion::maxPoints).sum());
    }
}
