package vn.eschool.portal.layer2.staff;

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
import java.util.List;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Problem;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.rest.UploadEndpoint;
import vn.eschool.portal.layer2.sheet.SheetFormat;
import vn.eschool.portal.layer2.sheet.SheetUpload;

/**
 * Importing the staff list (XLSX or CSV): {@code commit=false} previews every row and its errors;
 * {@code commit=true} creates the accounts, all or none, and returns their one-time passwords once.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/accounts/import")
@Produces(MediaType.APPLICATION_JSON)
public class StaffImportResource {

    /** The preview as the admin reviews it: every row as understood, the errors, the groups it would add. */
    public record PreviewView(boolean canCommit, List<RowError> errors, List<StaffPreviewRow> rows,
                              List<String> newGroups) {
        static PreviewView of(StaffImportPreview p) {
            return new PreviewView(p.canCommit(), p.errors(), p.rows(), p.newGroups());
        }
    }

    public record Committed(int created, List<StaffImportService.CreatedAccount> accounts) {
    }

    @Inject
    SchoolService schools;

    @Inject
    StaffImportService imports;

    @Inject
    Access access;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public Response importStaff(@PathParam("code") String code, @QueryParam("commit") boolean commit,
                                @FormParam("file") EntityPart file) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        if (file == null) {
            throw PortalException.badRequest("file-missing", "Hãy chọn tệp danh sách cán bộ (trường \"file\").",
                    "Choose the staff list file (field \"file\").");
        }
        String fileName = file.getFileName().orElse("");
        SheetFormat format = SheetFormat.ofFileName(fileName);
        StaffImportPreview preview = imports.preview(school, SheetUpload.bytes(file), format);
        if (!commit) {
            return Response.ok(PreviewView.of(preview)).build();
        }
        if (!preview.canCommit()) {
            return Problem.of(400, "import-has-errors",
                            "Danh sách còn " + preview.errors().size() + " lỗi: không tạo tài khoản nào. Sửa tệp rồi nhập lại.",
                            "The list has " + preview.errors().size() + " errors: no account was created. Fix the file"
                                    + " and import it again.")
                    .withErrors(preview.errors().stream().map(e -> new Problem.FieldError("dòng " + e.row()
                            + (e.column() == null ? "" : " · " + e.column().labelVi()), e.messageVi())).toList())
                    .toResponse();
        }
        List<StaffImportService.CreatedAccount> created = imports.commit(school, fileName, preview);
        return Response.status(Response.Status.CREATED).entity(new Committed(created.size(), created)).build();
    }
}
