package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import vn.eschool.portal.audit.dashboard.AuditItems;
import vn.eschool.portal.audit.dashboard.ItemKind;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.record.TeacherSheet;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.audit.service.SchoolAuditReport;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/** A school's audit as an Excel workbook (the per-teacher table and the criteria), for the monthly report. */
@RequestScoped
@Path("/api/v1/schools/{code}/audit.xlsx")
public class SchoolAuditSheetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    AuditService audits;

    @Inject
    AuditItems items;

    @GET
    @Produces({XLSX, "application/problem+json"})
    public Response sheet(@PathParam("code") String code, @QueryParam("month") String month,
                          @QueryParam("rules") String rules) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        AuditMonth audited = AuditMonth.parse(month, audits.currentMonth(), "month");
        RuleSet ruleSet = audits.ruleSet(rules, audited.month());
        SchoolAuditReport report = audits.audit(school, audited, ruleSet);
        List<AuditItems.Item> counted = items.list(school, audited, ruleSet, AuditItems.Selection.of(ItemKind.ALL)).items();
        StreamingOutput body = out -> TeacherSheet.write(report, counted, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"kiem-tra-" + school.code() + "-" + audited.month() + ".xlsx\"")
                .build();
    }
}
