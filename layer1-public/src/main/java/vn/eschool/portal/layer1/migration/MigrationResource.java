package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.rest.MultipartForm;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.UploadEndpoint;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * Moving a school's news in from its older portal: a WordPress export (the school's admin or the district's) or
 * a NukeViet 4 database (the district's). {@code ?commit=false} previews: the same report, nothing written.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/import")
@Produces(MediaType.APPLICATION_JSON)
public class MigrationResource {

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    WordPressImporter wordPress;

    @Inject
    NukeVietImporter nukeViet;

    /**
     * Parts: {@code wxr} (the export file), optionally {@code uploads} (a ZIP of {@code wp-content/uploads}) and
     * {@code authors} ({@code old-login=username}, separated by commas or lines). A site's uploads are as large as
     * a school's archive, so the archive's limit applies ({@code PORTAL_ARCHIVE_MAX_BYTES}), not an upload's.
     */
    @POST
    @Path("wordpress")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint(archive = true)
    public ImportReport wordpress(@PathParam("code") String code, @QueryParam("commit") String commit,
                                  List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireSchoolAdmin(school);
        boolean commits = commitParam(commit);
        MultipartForm form = new MultipartForm(parts);
        List<Upload> wxr = form.uploads("wxr");
        if (wxr.size() != 1) {
            throw PortalException.badRequest("wxr-required", "Hãy gửi đúng một tệp xuất WordPress (phần \"wxr\").",
                    "Send exactly one WordPress export file (part \"wxr\").");
        }
        List<Upload> zip = form.uploads("uploads");
        try (SpooledFile export = SpooledFile.of(wxr.get(0).content(), ".xml");
             SpooledFile uploads = zip.isEmpty() ? null : SpooledFile.of(zip.get(0).content(), ".zip")) {
            return wordPress.run(school, user, export.path(), wxr.get(0).filename(),
                    uploads == null ? null : uploads.path(), authors(form.list("authors")), commits);
        }
    }

    /**
     * Fields: {@code url} ({@code jdbc:mariadb://host:3306/db}), {@code user}, {@code password}, {@code prefix}
     * (default {@code nv4}), {@code lang} ({@code vi}), {@code module} ({@code news}), {@code authors} as for
     * WordPress; optionally the part {@code uploads} (a ZIP of {@code uploads/news}). The district admin only:
     * the server connects to the address given.
     */
    @POST
    @Path("nukeviet")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint(archive = true)
    public ImportReport nukeviet(@PathParam("code") String code, @QueryParam("commit") String commit,
                                 List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireDistrictAdmin();
        boolean commits = commitParam(commit);
        MultipartForm form = new MultipartForm(parts);
        NukeVietSource source = new NukeVietSource(form.text("url"), form.text("user"), form.text("password"),
                orDefault(form.text("prefix"), "nv4"), orDefault(form.text("lang"), "vi"),
                orDefault(form.text("module"), "news"));
        List<Upload> zip = form.uploads("uploads");
        try (SpooledFile uploads = zip.isEmpty() ? null : SpooledFile.of(zip.get(0).content(), ".zip")) {
            return nukeViet.run(school, user, source, uploads == null ? null : uploads.path(),
                    authors(form.list("authors")), commits);
        }
    }

    private static String orDefault(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    static boolean commitParam(String value) {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw PortalException.badRequest("invalid-commit", "Tham số commit là true hoặc false.",
                "The commit parameter is true or false.");
    }

    /** {@code login=username} pairs; a line without "=" is refused rather than guessed. */
    static Map<String, String> authors(List<String> pairs) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : pairs) {
            for (String line : pair.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0 || eq == line.strip().length() - 1) {
                    throw PortalException.badRequest("invalid-authors", "Mỗi tác giả ghi dạng tên-cũ=tên-đăng-nhập: \""
                            + line.strip() + "\".", "Each author is old-login=username: \"" + line.strip() + "\".");
                }
                mapping.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return mapping;
    }
}
