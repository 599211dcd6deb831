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
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.record.InspectionRecord;
import vn.eschool.portal.audit.record.InspectionRecords;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The draft inspection record (biên bản kiểm tra) of a school's month as a PDF; who reads the audit reads it. */
@RequestScoped
@Path("/api/v1/schools/{code}/audit.pdf")
public class SchoolAuditRecordResource {

    static final String PDF = "application/pdf";

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    AuditService audits;

    @Inject
    InspectionRecords records;

    @GET
    @Produces({PDF, "application/problem+json"})
    public Response record(@PathParam("code") String code, @QueryParam("month") String month,
                           @QueryParam("rules") String rules, @QueryParam("place") String place) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireSchoolStaffOverseer(school);
        AuditMonth audited = AuditMonth.parse(month, audits.currentMonth(), "month");
        if (place != null && place.length() > 100) {
            throw PortalException.badRequest("invalid-place", "Địa danh tối đa 100 ký tự.", "The place: at most 100 characters.");
        }
        InspectionRecord record = records.draft(school, audits.ruleSet(rules, audited.month()), audited, user, place);
        StreamingOutput body = record::write;
        return Response.ok(body, PDF)
                .header("Content-Disposition", "attachment; filename=\"bien-ban-kiem-tra-" + school.code() + "-" + audited.month() + ".pdf\"")
                .build();
    }
}
