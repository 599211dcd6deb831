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
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * A school's school-year calendar (first and last day, Tết break), which decides the months the audit scores: its
 * own dates, written by its admin (or the district admin), else the district's ({@link DistrictSchoolYearResource}).
 */
@RequestScoped
@Path("/api/v1/schools/{code}/school-year")
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
    public SchoolYearView school(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return SchoolYearView.of(years.of(school, SchoolYear.param(year, audits.currentMonth())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SchoolYearView change(@PathParam("code") String code, @QueryParam("year") String year, SchoolYearRequest body) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return SchoolYearView.of(years.put(school, SchoolYear.param(year, audits.currentMonth()), requests.valid(body)));
    }
}
