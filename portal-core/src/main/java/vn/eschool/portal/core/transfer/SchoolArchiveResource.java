package vn.eschool.portal.core.transfer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/** A school's whole archive, for its own admin and the district admin (a resource of its own: see RestPathsTest). */
@RequestScoped
@Path("/api/v1/schools/{code}/export")
public class SchoolArchiveResource {

    public static final String PASSPHRASE_HEADER = "X-Archive-Passphrase";

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    SchoolTransfer transfer;

    @GET
    public Response export(@PathParam("code") String code, @QueryParam("secrets") boolean secrets,
                           @HeaderParam(PASSPHRASE_HEADER) String passphrase) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        char[] key = SchoolTransfer.checkPassphrase(passphrase, secrets);
        StreamingOutput body = transfer.export(school, secrets, key);
        String name = school.code() + "-" + LocalDate.now() + (key == null ? ".zip" : ".zip.sealed");
        return Response.ok(body, key == null ? "application/zip" : "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
