package vn.eschool.portal.layer2.teaching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.UploadEndpoint;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.teaching.PlanAssignment;
import vn.eschool.portal.core.teaching.PlanCheck;
import vn.eschool.portal.core.teaching.PlanError;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.core.teaching.TeachingPlanService;
import vn.eschool.portal.layer2.sheet.SheetFormat;
import vn.eschool.portal.layer2.sheet.SheetUpload;

/**
 * Importing the year's teaching assignments (XLSX or CSV) like the staff list: {@code commit=false} previews
 * every line as the plan would keep it and the errors by spreadsheet row; {@code commit=true} replaces the year's
 * assignments with the file's, all or none.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/teaching-assignments/import")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentImportResource {

    public record Preview(String year, boolean canCommit, List<PlanError> errors, List<PlanAssignment> assignments) {
    }

    @Inject
    SchoolService schools;

    @Inject
    AccountRepository accounts;

    @Inject
    TeachingPlanService plans;

    @Inject
    Access access;

    @POST
    @UploadEndpoint
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importAssignments(@PathParam("code") String code, @QueryParam("year") String yearParam,
                                      @QueryParam("commit") boolean commit, @FormParam("file") EntityPart file) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        if (file == null) {
            throw PortalException.badRequest("file-missing", "Hãy chọn tệp phân công chuyên môn (trường \"file\").",
                    "Choose the teaching-assignment file (field \"file\").");
        }
        SchoolYear year = plans.year(yearParam);
        String fileName = file.getFileName().orElse("");
        SheetFormat format = SheetFormat.ofFileName(fileName);
        AssignmentImport.Lines lines = AssignmentImport.read(new ByteArrayInputStream(SheetUpload.bytes(file)), format,
                AssignmentImport.byFullName(accounts.findBySchool(school).stream().filter(Account::enabled)
                        .collect(Collectors.toMap(Account::username, Account::fullName))));
        if (!commit) {
            PlanCheck.Checked<PlanAssignment> checked = plans.check(school, year, lines.assignments(), lines.rows());
            return Response.ok(new Preview(year.toString(), checked.ok(), checked.errors(), checked.values())).build();
        }
        List<PlanAssignment> saved = plans.replaceAssignments(school, year, lines.assignments(), lines.rows(),
                "tệp " + fileName).assignments();
        return Response.status(Response.Status.CREATED)
                .entity(new Preview(year.toString(), true, List.of(), saved)).build();
    }
}
