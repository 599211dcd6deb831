package vn.eschool.portal.core.transfer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.rest.MultipartForm;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.UploadEndpoint;
import vn.eschool.portal.core.security.Access;

/** A school's archive imported as a new school (district admin). */
@RequestScoped
@Path("/api/v1/schools/import")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolImportResource {

    @Inject
    Access access;

    @Inject
    SchoolTransfer transfer;

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @UploadEndpoint(archive = true)
    public Response importZip(@QueryParam("code") String code,
                              @HeaderParam(SchoolArchiveResource.PASSPHRASE_HEADER) String passphrase,
                              InputStream body) throws IOException {
        access.requireDistrictAdmin();
        return imported(transfer.importArchive(body, code, SchoolTransfer.checkPassphrase(passphrase, false)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint(archive = true)
    public Response importForm(@QueryParam("code") String code,
                               @HeaderParam(SchoolArchiveResource.PASSPHRASE_HEADER) String passphrase,
                               List<EntityPart> parts) throws IOException {
        access.requireDistrictAdmin();
        MultipartForm form = new MultipartForm(parts);
        List<Upload> files = form.uploads("file");
        if (files.size() != 1) {
            throw PortalException.badRequest("file-required", "Cần đúng một tệp lưu trữ (trường file).",
                    "Exactly one archive (field file) is required.");
        }
        String key = passphrase != null ? passphrase : form.text("passphrase");
        return imported(transfer.importArchive(files.get(0).content(), code,
                SchoolTransfer.checkPassphrase(key, false)));
    }

    private static Response imported(SchoolImport.Result result) {
        return Response.created(URI.create("/api/v1/schools/" + result.code())).entity(result).build();
    }
}
