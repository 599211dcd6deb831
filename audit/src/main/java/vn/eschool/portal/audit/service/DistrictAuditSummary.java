package vn.eschool.portal.audit.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Every school of the district for one month: its score per measured criterion and its total. */
public record DistrictAuditSummary(YearMonth month, String ruleSet, String decision, double maxTotal,
                                   List<SchoolLine> schools) {

    public record SchoolLine(String code, String name, Map<String, Double> scores, double total) {
    }
}
