package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.audit.service.DistrictAuditSummary;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The district's monthly overview of every school's measured score: district roles only. */
@RequestScoped
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictAuditResource {

    @Inject
    Access access;

    @Inject
    AuditService audits;

    @GET
    public DistrictAuditSummary summary(@QueryParam("month") String month, @QueryParam("rules") String rules) {
        AuthenticatedUser user = access.requireSignedIn();
        if (!user.isDistrict()) {
            throw PortalException.forbidden();
        }
        AuditMonth audited = AuditMonth.parse(month, audits.currentMonth(), "month");
        return audits.district(audited, audits.ruleSet(rules, audited.month()));
    }
}
