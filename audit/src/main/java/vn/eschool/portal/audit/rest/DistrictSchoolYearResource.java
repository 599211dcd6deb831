package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.eschool.portal.audit.schoolyear.SchoolYearRequest;
import vn.eschool.portal.audit.schoolyear.SchoolYearService;
import vn.eschool.portal.audit.schoolyear.SchoolYearView;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * The district's default school-year calendar (first and last day, Tết break), which decides the months the audit
 * scores where a school has no dates of its own: district admins write it, school admins and district roles read it.
 */
@RequestScoped
@Path("/api/v1/district/school-year")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictSchoolYearResource {

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    SchoolYearService years;

    @Inject
    AuditService audits;

    @GET
    public SchoolYearView district(@QueryParam("year") String year) {
        AuthenticatedUser user = access.requireSignedIn();
        if (!user.isDistrict() && user.role() != Role.SCHOOL_ADMIN) {
            throw PortalException.forbidden();
        }
        return SchoolYearView.of(years.district(SchoolYear.param(year, audits.currentMonth())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SchoolYearView change(@QueryParam("year") String year, SchoolYearRequest body) {
        access.requireDistrictAdmin();
        return SchoolYearView.of(years.put(null, SchoolYear.param(year, audits.currentMonth()), requests.valid(body)));
    }
}
