package vn.eschool.portal.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import vn.eschool.portal.audit.rules.LectureQuotaMeasure;
import vn.eschool.portal.audit.rules.RuleSetCatalog;
import vn.eschool.portal.core.plugin.LectureQuota;
import vn.eschool.portal.core.school.School;

/**
 * The monthly e-lecture quota a teacher sees ("this month: 2 of 3") comes from the rule set in force for the
 * month, the same data the audit scores with: 3 under 8265/2021, 1 under the 2018 guidance.
 */
@ApplicationScoped
public class RuleSetLectureQuota implements LectureQuota {

    private static final RuleSetCatalog CATALOG = RuleSetCatalog.bundled();
    /** Decision 8265/QĐ-UBND (2021), should a rule set ever lack the measure. */
    private static final int DEFAULT_QUOTA = 3;

    @Override
    public int lecturesPerMonth(School school, YearMonth month) {
        return CATALOG.inForceFor(month).flatMap(rules -> rules.measure(LectureQuotaMeasure.class))
                .map(LectureQuotaMeasure::monthlyMinimum).orElse(DEFAULT_QUOTA);
    }
}
