package vn.eschool.portal.audit.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.report.MonthlyReportService;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.school.School;

/**
 * A month's audit as the API answers it. A month whose report is stored is answered from that report, exactly as it
 * was frozen, with the items that arrived after it listed as late additions; an open month, or a reported one seen
 * under another rule set than its report's, is computed from live data. {@code frozen} tells which.
 */
@ApplicationScoped
public class AuditAnswers {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AuditService audits;

    @Inject
    MonthlyReportService reports;

    @Inject
    AuditItems items;

    /** @param rules the rule set asked for; blank for the report's own (or, while open, the one in force) */
    public JsonObject audit(School school, AuditMonth month, String rules) {
        RuleSet ruleSet = audits.ruleSet(rules, month.month());
        Optional<MonthlyReportService.Frozen> frozen = reports.frozen(school, month.month())
                .filter(report -> rules == null || rules.isBlank() || report.ruleSet().equals(ruleSet.id()));
        if (frozen.isEmpty()) {
            return Json.createObjectBuilder(read(JSON.toJson(audits.audit(school, month, ruleSet)))).add("frozen", false)
                    .build();
        }
        RuleSet reported = audits.ruleSet(frozen.get().ruleSet(), month.month());
        List<AuditItems.Item> late = items.list(school, month, reported, AuditItems.Selection.of(ItemKind.ALL)).items()
                .stream().filter(AuditItems.Item::lateAddition).toList();
        return Json.createObjectBuilder(read(frozen.get().snapshot()).getJsonObject("audit"))
                .add("frozen", true)
                .add("reportedAt", frozen.get().preparedAt().toString())
                .add("lateAdditions", Json.createReader(new StringReader(JSON.toJson(late))).readArray())
                .build();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
