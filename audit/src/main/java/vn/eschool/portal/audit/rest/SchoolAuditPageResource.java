package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import vn.eschool.portal.audit.calendar.CalendarService;
import vn.eschool.portal.audit.dashboard.AuditItems;
import vn.eschool.portal.audit.dashboard.DashboardService;
import vn.eschool.portal.audit.dashboard.ItemKind;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;

/**
 * The inspectors' pages of one school (kiểm tra): the month's dashboard, the items behind each number, and the
 * event calendar. Its board and the district's roles see them; others are sent to sign in or refused.
 */
@RequestScoped
@Path("/schools/{code}/kiem-tra")
@Produces(Pages.HTML)
public class SchoolAuditPageResource {

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    AuditService audits;

    @Inject
    DashboardService dashboards;

    @Inject
    AuditItems items;

    @Inject
    CalendarService calendars;

    @Inject
    PageRenderer pages;

    @GET
    public Response dashboard(@PathParam("code") String code, @QueryParam("month") String month,
                              @QueryParam("rules") String rules) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return Pages.signInFirst(school.code(), "/schools/" + school.code() + "/kiem-tra");
        }
        access.requireSchoolStaffOverseer(school);
        AuditMonth audited = AuditMonth.parse(month, audits.currentMonth(), "month");
        Map<String, Object> model = model(school);
        model.put("dashboard", dashboards.school(school, audited, rules));
        model.put("previous", audited.month().minusMonths(1).toString());
        model.put("next", audited.month().isBefore(audits.currentMonth()) ? audited.month().plusMonths(1).toString() : null);
        return Response.ok(pages.render("audit/dashboard.ftlh", model)).build();
    }

    @GET
    @Path("muc")
    public Response items(@PathParam("code") String code, @QueryParam("month") String month,
                          @QueryParam("rules") String rules, @QueryParam("teacher") String teacher,
                          @QueryParam("kind") String kind, @QueryParam("type") String type,
                          @QueryParam("software") String software) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return Pages.signInFirst(school.code(), "/schools/" + school.code() + "/kiem-tra");
        }
        access.requireSchoolStaffOverseer(school);
        AuditMonth audited = AuditMonth.parse(month, audits.currentMonth(), "month");
        ItemKind itemKind = ItemKind.parse(kind);
        Map<String, Object> model = model(school);
        model.put("kind", itemKind);
        model.put("list", items.list(school, audited, audits.ruleSet(rules, audited.month()),
                new AuditItems.Selection(teacher, itemKind, type, software)));
        return Response.ok(pages.render("audit/items.ftlh", model)).build();
    }

    @GET
    @Path("lich")
    public Response calendar(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return Pages.signInFirst(school.code(), "/schools/" + school.code() + "/kiem-tra/lich");
        }
        AuthenticatedUser user = access.requireSchoolStaffOverseer(school);
        Map<String, Object> model = model(school);
        model.put("calendar", calendars.view(school, CalendarForms.schoolYear(year, audits.currentMonth())));
        model.put("editable", access.administers(user, school));
        return Response.ok(pages.render("audit/calendar.ftlh", model)).build();
    }

    /** The calendar page's form: a school's own event, or its change of a district event. */
    @POST
    @Path("lich")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addEvent(@PathParam("code") String code, @FormParam("name") String name,
                             @FormParam("day") String day, @FormParam("month") String month,
                             @FormParam("year") String year, @FormParam("searchText") String searchText,
                             @FormParam("replaces") String replaces, @FormParam("cancelled") String cancelled) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        calendars.addForSchool(school, requests.valid(CalendarForms.request(name, day, month, year, searchText,
                replaces, cancelled)));
        return Response.seeOther(URI.create("/schools/" + school.code() + "/kiem-tra/lich")).build();
    }

    private static Map<String, Object> model(School school) {
        Map<String, Object> model = new HashMap<>();
        model.put("school", school);
        return model;
    }
}
