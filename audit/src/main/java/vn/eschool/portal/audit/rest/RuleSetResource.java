package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.service.AuditService;

/** The rule sets the audit knows, newest decision first. Public: they are published decisions. */
@RequestScoped
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    /** @param measuredCriteria the criteria the portal scores itself under this decision */
    public record RuleSetView(String id, String decision, LocalDate effectiveFrom, List<String> measuredCriteria) {
    }

    @Inject
    AuditService audits;

    @GET
    public List<RuleSetView> list() {
        return audits.ruleSets().stream().map(ruleSet -> new RuleSetView(ruleSet.id(), ruleSet.decision(),
                ruleSet.effectiveFrom(), ruleSet.measuredCriteria().stream().map(Criterion::id).toList())).toList();
    }
}
