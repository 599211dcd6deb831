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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.audit.calendar.CalendarEventRequest;
import vn.eschool.portal.audit.calendar.CalendarEventView;
import vn.eschool.portal.audit.calendar.CalendarService;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * The district's default event calendar, which the audit checks news against: district admins write it, school
 * admins and the district's roles read it. Each school's own lines are in {@link SchoolCalendarResource}.
 */
@RequestScoped
@Path("/api/v1/audit/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    CalendarService calendars;

    @GET
    public List<CalendarEventView> districtDefaults() {
        AuthenticatedUser user = access.requireSignedIn();
        if (!user.isDistrict() && user.role() != Role.SCHOOL_ADMIN) {
            throw PortalException.forbidden();
        }
        return calendars.districtDefaults().stream().map(CalendarEventView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDefault(CalendarEventRequest body) {
        access.requireDistrictAdmin();
        CalendarEventView created = CalendarEventView.of(calendars.addDefault(requests.valid(body)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarEventView changeDefault(@PathParam("id") long id, CalendarEventRequest body) {
        access.requireDistrictAdmin();
        return CalendarEventView.of(calendars.changeDefault(id, requests.valid(body)));
    }

    @DELETE
    @Path("{id}")
    public Response removeDefault(@PathParam("id") long id) {
        access.requireDistrictAdmin();
        calendars.removeDefault(id);
        return Response.noContent().build();
    }
}
