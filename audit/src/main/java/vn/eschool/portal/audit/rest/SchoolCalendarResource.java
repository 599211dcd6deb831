package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.eschool.portal.audit.calendar.CalendarEventRequest;
import vn.eschool.portal.audit.calendar.CalendarEventView;
import vn.eschool.portal.audit.calendar.CalendarService;
import vn.eschool.portal.audit.calendar.SchoolCalendarView;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/**
 * A school's event calendar: the district's defaults merged with the school's own additions, replacements and
 * cancellations. Its admins (and the district admin) write its lines; its overseers read.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/audit/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolCalendarResource {

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    CalendarService calendars;

    @Inject
    AuditService audits;

    /** The school's calendar of one school year ({@code year}: the year it starts; the current one by default). */
    @GET
    public SchoolCalendarView school(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return calendars.view(school, CalendarForms.schoolYear(year, audits.currentMonth()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addForSchool(@PathParam("code") String code, CalendarEventRequest body) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        CalendarEventView created = CalendarEventView.of(calendars.addForSchool(school, requests.valid(body)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarEventView changeForSchool(@PathParam("code") String code, @PathParam("id") long id,
                                             CalendarEventRequest body) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return CalendarEventView.of(calendars.changeForSchool(school, id, requests.valid(body)));
    }

    @DELETE
    @Path("{id}")
    public Response removeForSchool(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        calendars.removeForSchool(school, id);
        return Response.noContent().build();
    }
}
