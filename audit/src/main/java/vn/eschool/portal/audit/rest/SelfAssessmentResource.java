package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.scoring.SelfAssessmentResult;
import vn.eschool.portal.audit.selfassessment.EntriesRequest;
import vn.eschool.portal.audit.selfassessment.SelfAssessmentService;
import vn.eschool.portal.audit.selfassessment.SelfAssessmentSheet.EvidenceView;
import vn.eschool.portal.audit.selfassessment.SelfAssessmentSheet;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.files.FileDelivery;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.rest.UploadEndpoint;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * The school's own scores for the criteria the portal cannot measure, their evidence files, and the whole
 * self-assessment. The school's board writes; the board, the district admin and the inspectors read.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/self-assessment")
@Produces(MediaType.APPLICATION_JSON)
public class SelfAssessmentResource {

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    AuditService audits;

    @Inject
    SelfAssessmentService assessments;

    @Inject
    FileService files;

    @GET
    public SelfAssessmentSheet sheet(@PathParam("code") String code, @QueryParam("year") String year,
                                     @QueryParam("month") String month, @QueryParam("rules") String rules) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        AuditMonth audited = month(year, month);
        return assessments.sheet(school, ruleSet(rules, audited), audited);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SelfAssessmentSheet save(@PathParam("code") String code, @QueryParam("year") String year,
                                    @QueryParam("month") String month, @QueryParam("rules") String rules, EntriesRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        AuditMonth audited = month(year, month);
        return assessments.save(school, ruleSet(rules, audited), audited, requests.valid(body), user);
    }

    /** Total, grade and each standard: the portal's measured criteria with the school's entries. */
    @GET
    @Path("result")
    public SelfAssessmentResult result(@PathParam("code") String code, @QueryParam("year") String year,
                                       @QueryParam("month") String month, @QueryParam("rules") String rules) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        AuditMonth audited = month(year, month);
        return assessments.combined(school, ruleSet(rules, audited), audited).assessment();
    }

    @GET
    @Path("evidence")
    public List<EvidenceView> evidence(@PathParam("code") String code, @QueryParam("year") String year,
                                       @QueryParam("month") String month, @QueryParam("rules") String rules) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        AuditMonth audited = month(year, month);
        return assessments.evidence(school, ruleSet(rules, audited), audited);
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public Response upload(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("month") String month,
                           @QueryParam("rules") String rules, @QueryParam("criterion") String criterion,
                           @FormParam("file") EntityPart file) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        AuditMonth audited = month(year, month);
        if (file == null) {
            throw PortalException.badRequest("file-missing", "Hãy chọn tệp minh chứng cần tải lên (trường \"file\").",
                    "Choose the evidence file to upload (field \"file\").");
        }
        try (InputStream content = file.getContent()) {
            EvidenceView stored = assessments.addEvidence(school, ruleSet(rules, audited), audited, criterion, user,
                    file.getFileName().orElse(null), content);
            return Response.status(Response.Status.CREATED).entity(stored).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("evidence/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return FileDelivery.send(files, assessments.requireEvidence(school, id).attachment());
    }

    private RuleSet ruleSet(String rules, AuditMonth month) {
        return audits.ruleSet(rules, month.month());
    }

    /** The month asked (the current one by default), which must belong to the school year when one is given. */
    private AuditMonth month(String year, String month) {
        AuditMonth audited = AuditMonth.parse(month, audits.currentMonth(), "month");
        if (year != null && !year.isBlank()) {
            SchoolYear schoolYear = SchoolYear.require(year);
            if (!schoolYear.contains(audited.month())) {
                throw PortalException.badRequest("month-outside-year", "Tháng " + audited.month() + " không thuộc năm học "
                        + schoolYear + ".", "Month " + audited.month() + " is not in school year " + schoolYear + ".");
            }
        }
        return audited;
    }
}
