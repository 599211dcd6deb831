package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.eschool.portal.audit.schoolyear.SchoolYearRequest;
import vn.eschool.portal.audit.schoolyear.SchoolYearService;
import vn.eschool.portal.audit.schoolyear.SchoolYearView;
import vn.eschool.portal.audit.selfassessment.SchoolYear;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * The school-year calendars (first and last day, Tết break) that decide which months the audit scores: the
 * district's defaults, written by district admins, and a school's own dates, written by its admin.
 */
@RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolYearResource {

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    SchoolService schools;

    @Inject
    SchoolYearService years;

    @Inject
    AuditService audits;

    @GET
    @Path("district/school-year")
    public SchoolYearView district(@QueryParam("year") String year) {
        AuthenticatedUser user = access.requireSignedIn();
        if (!user.isDistrict() && user.role() != Role.SCHOOL_ADMIN) {
            throw PortalException.forbidden();
        }
        return SchoolYearView.of(years.district(year(year)));
    }

    @PUT
    @Path("district/school-year")
    @Consumes(MediaType.APPLICATION_JSON)
    public SchoolYearView changeDistrict(@QueryParam("year") String year, SchoolYearRequest body) {
        access.requireDistrictAdmin();
        return SchoolYearView.of(years.put(null, year(year), requests.valid(body)));
    }

    @GET
    @Path("schools/{code}/school-year")
    public SchoolYearView school(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return SchoolYearView.of(years.of(school, year(year)));
    }

    @PUT
    @Path("schools/{code}/school-year")
    @Consumes(MediaType.APPLICATION_JSON)
    public SchoolYearView changeSchool(@PathParam("code") String code, @QueryParam("year") String year,
                                       SchoolYearRequest body) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return SchoolYearView.of(years.put(school, year(year), requests.valid(body)));
    }

    /** "2026-2027"; blank is the current school year. */
    private SchoolYear year(String text) {
        if (text == null || text.isBlank()) {
            return SchoolYear.of(audits.currentMonth());
        }
        return SchoolYear.parse(text).orElseThrow(() -> PortalException.badRequest("invalid-school-year",
                "Tham số \"year\" phải là năm học dạng 2026-2027.", "\"year\" must be a school year such as 2026-2027."));
    }
}
