package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import vn.eschool.portal.audit.calendar.CalendarEventView;
import vn.eschool.portal.audit.calendar.CalendarService;
import vn.eschool.portal.audit.dashboard.DashboardService;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;

/**
 * The district's pages (kiểm tra toàn Phòng): every school × measured criterion as a heat map, and the default
 * event calendar. District roles only; district admins edit the calendar.
 */
@RequestScoped
@Path("/kiem-tra")
@Produces(Pages.HTML)
public class DistrictAuditPageResource {

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    AuditService audits;

    @Inject
    DashboardService dashboards;

    @Inject
    CalendarService calendars;

    @Inject
    PageRenderer pages;

    @GET
    public Response heatMap(@QueryParam("month") String month, @QueryParam("rules") String rules) {
        if (access.current().isEmpty()) {
            return Pages.signInFirst(null, "/kiem-tra");
        }
        requireDistrict();
        AuditMonth audited = AuditMonth.parse(month, audits.currentMonth(), "month");
        Map<String, Object> model = new HashMap<>();
        model.put("district", dashboards.district(audited, rules));
        model.put("previous", audited.month().minusMonths(1).toString());
        model.put("next", audited.month().isBefore(audits.currentMonth()) ? audited.month().plusMonths(1).toString() : null);
        return Response.ok(pages.render("audit/district.ftlh", model)).build();
    }

    @GET
    @Path("lich")
    public Response calendar() {
        if (access.current().isEmpty()) {
            return Pages.signInFirst(null, "/kiem-tra/lich");
        }
        AuthenticatedUser user = requireDistrict();
        Map<String, Object> model = new HashMap<>();
        model.put("defaults", calendars.districtDefaults().stream().map(CalendarEventView::of).toList());
        model.put("editable", user.role() == Role.DISTRICT_ADMIN);
        return Response.ok(pages.render("audit/district-calendar.ftlh", model)).build();
    }

    @POST
    @Path("lich")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addEvent(@FormParam("name") String name, @FormParam("day") String day,
                             @FormParam("month") String month, @FormParam("year") String year,
                             @FormParam("searchText") String searchText) {
        access.requireDistrictAdmin();
        calendars.addDefault(requests.valid(CalendarForms.request(name, day, month, year, searchText, null, null)));
        return Response.seeOther(URI.create("/kiem-tra/lich")).build();
    }

    private AuthenticatedUser requireDistrict() {
        AuthenticatedUser user = access.requireSignedIn();
        if (!user.isDistrict()) {
            throw PortalException.forbidden();
        }
        return user;
    }
}
