package vn.eschool.portal.audit.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Every school of the district for one month: its score per measured criterion and its total. */
public record DistrictAuditSummary(YearMonth month, String ruleSet, String decision, double maxTotal,
                                   List<SchoolLine> schools) {

    /** {@code inSession} false: the school's month has no teaching day and is not scored ("not in session"). */
    public record SchoolLine(String code, String name, Map<String, Double> scores, double total, boolean inSession) {
    }
}
