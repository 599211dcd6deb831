package vn.eschool.portal.layer2.lessons;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import vn.eschool.portal.core.account.AccountService;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.rest.MonthParam;
import vn.eschool.portal.core.rest.MultipartForm;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.rest.UploadEndpoint;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer2.sheet.SheetFormat;

/**
 * E-lectures of a school: its teachers upload (one or several files at once) and see all of the school's;
 * the author or an admin deletes; the district reads.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/lectures")
@Produces(MediaType.APPLICATION_JSON)
public class LectureResource {

    /** {@code duplicate}: every file was a lecture already there, so nothing new was created. */
    public record UploadView(List<LectureView> lectures, boolean duplicate) {
    }

    @Inject
    SchoolService schools;

    @Inject
    LectureService lectures;

    @Inject
    AccountService accounts;

    @Inject
    FileService files;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public Response upload(@PathParam("code") String code, List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireLectureUploader(school);
        MultipartForm form = new MultipartForm(parts);
        if (form.text("uploadedAt") != null) {
            throw PortalException.badRequest("uploaded-at-set-by-server", "Thời điểm tải lên do máy chủ ghi, không nhận từ người dùng: "
                    + "hãy cho ngày tính của bài giảng trong \"countedOn\".",
                    "The upload time is the server's, never the client's: give the day the lecture counts for as \"countedOn\".");
        }
        LectureRequest request = requests.valid(new LectureRequest(form.text("title"), form.text("subject"),
                number("grade", form.text("grade")), form.text("className"), number("week", form.text("week")),
                form.list("software"), form.text("author"), form.text("countedOn")));
        files.refuseIfFull(school, headers.getLength());
        LectureService.Uploaded uploaded = lectures.upload(school, user, access.administers(user, school), request,
                form.uploads("file"));
        return Response.status(uploaded.created() > 0 ? Response.Status.CREATED : Response.Status.OK)
                .entity(new UploadView(uploaded.lectures(), uploaded.created() == 0)).build();
    }

    /**
     * Historical e-lectures in bulk: a list (part {@code list}, XLSX or CSV: file, author, title, subject, grade,
     * class, day counted, software) and its files (parts {@code file}); all or none, each marked imported.
     */
    @POST
    @Path("history")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public Response importHistory(@PathParam("code") String code, List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireLectureUploader(school);
        MultipartForm form = new MultipartForm(parts);
        Upload list = form.uploads("list").stream().findFirst().orElseThrow(() -> PortalException.badRequest(
                "list-missing", "Hãy gửi danh sách bài giảng (trường \"list\", .xlsx hoặc .csv).",
                "Send the list of lectures (field \"list\", .xlsx or .csv)."));
        List<LectureHistory.Line> lines = LectureHistory.read(list.content(),
                SheetFormat.ofFileName(list.filename()));
        lines.forEach(line -> requests.valid(line.request()));
        files.refuseIfFull(school, headers.getLength());
        LectureService.Uploaded uploaded = lectures.importHistory(school, user, access.administers(user, school), lines,
                form.uploads("file"));
        return Response.status(Response.Status.CREATED).entity(new UploadView(uploaded.lectures(), uploaded.created() == 0))
                .build();
    }

    @GET
    public List<LectureView> list(@PathParam("code") String code, @QueryParam("author") String author,
                                  @QueryParam("subject") String subject, @QueryParam("grade") String grade,
                                  @QueryParam("className") String className, @QueryParam("week") String week,
                                  @QueryParam("month") String month) {
        School school = schools.require(code);
        access.requireReader(school);
        LectureQuery query = new LectureQuery(author == null || author.isBlank() ? null
                : accounts.require(school, author.strip()), subject, number("grade", grade), className,
                number("week", week), MonthParam.parse(month));
        return lectures.list(school, query).stream().map(c -> LectureView.of(c, false)).toList();
    }

    @GET
    @Path("my-month")
    public MyMonth myMonth(@PathParam("code") String code, @QueryParam("month") String month) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        YearMonth asked = MonthParam.parse(month);
        return lectures.month(school, user.accountId(), asked == null ? lectures.currentMonth() : asked);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        lectures.delete(school, user, access.administers(user, school), id);
        return Response.noContent().build();
    }

    private static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw PortalException.badRequest("invalid-number", "Trường \"" + field + "\" phải là một số.",
                    "The field \"" + field + "\" must be a number.");
        }
    }
}
