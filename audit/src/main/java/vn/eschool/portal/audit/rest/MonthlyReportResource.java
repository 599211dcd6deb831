package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.report.MonthlyReportService;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * A school's stored monthly reports: read by who reads its audit, published by its board, replaced only explicitly
 * by an admin with a reason.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/audit/reports")
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyReportResource {

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    AuditService audits;

    @Inject
    MonthlyReportService reports;

    @Inject
    Requests requests;

    /** Why a stored report is replaced: written to the logbook. */
    public record Replacement(@NotBlank(message = "Cần nêu lý do thay báo cáo / a reason is required")
                              @Size(max = 500) String reason) {
    }

    @GET
    public List<MonthlyReportService.Summary> list(@PathParam("code") String code) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return reports.list(school, false);
    }

    /** The report as it was prepared: the audit (with the per-teacher table) and the self-assessment. */
    @GET
    @Path("{month}")
    public Response read(@PathParam("code") String code, @PathParam("month") String month) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        AuditMonth asked = AuditMonth.parse(month, audits.currentMonth(), "month");
        return Response.ok(reports.snapshot(school, asked.month()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** Shows the report's total, grade and standards on the school's public site. */
    @POST
    @Path("{month}/publish")
    public MonthlyReportService.Summary publish(@PathParam("code") String code, @PathParam("month") String month) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        AuditMonth asked = AuditMonth.parse(month, audits.currentMonth(), "month");
        return reports.publish(school, asked.month(), user);
    }

    /** Prepares the stored month again from today's data, with a reason the logbook keeps (the school's admin or the district's). */
    @POST
    @Path("{month}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    public MonthlyReportService.Summary replace(@PathParam("code") String code, @PathParam("month") String month,
                                                Replacement body) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        AuditMonth asked = AuditMonth.parse(month, audits.currentMonth(), "month");
        return reports.replace(school, asked.month(), requests.valid(body).reason());
    }
}
