package vn.eschool.portal.core.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.rest.UploadEndpoint;

/** Upload and download of a school's files (members of the school; district roles read). */
@RequestScoped
@Path("/api/v1/schools/{code}/files")
public class FileResource {

    public record AttachmentView(long id, String filename, String mediaType, long size, String sha256,
                                 OffsetDateTime uploadedAt, String textStatus, List<String> software) {
        public static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.filename(), a.mediaType(), a.sizeBytes(), a.sha256(),
                    a.uploadedAt(), a.textStatus(), a.software());
        }
    }

    @Inject
    SchoolService schools;

    @Inject
    FileService files;

    @Inject
    FilePermissions permissions;

    @Inject
    Access access;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("code") String code, @FormParam("file") EntityPart file) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        if (file == null) {
            throw PortalException.badRequest("file-missing", "Hãy chọn tệp cần tải lên (trường \"file\").",
                    "Choose a file to upload (field \"file\").");
        }
        files.refuseIfFull(school, headers.getLength());
        try (InputStream content = file.getContent()) {
            Attachment attachment = files.upload(school, em.find(Account.class, user.accountId()),
                    file.getFileName().orElse(null), content);
            return Response.status(Response.Status.CREATED).entity(AttachmentView.of(attachment)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file of the school for whoever may read an item that uses it ({@link FileAccess}); one the caller may not
     * read is answered as missing.
     */
    @GET
    @Path("{id}")
    public Response download(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        access.requireReader(school);
        Attachment attachment = permissions.readable(school, id).orElseThrow(() -> PortalException.notFound(
                "Không tìm thấy tệp.", "File not found."));
        return FileDelivery.send(files, attachment);
    }
}
