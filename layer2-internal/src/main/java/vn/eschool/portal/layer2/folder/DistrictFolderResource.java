package vn.eschool.portal.layer2.folder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.security.Access;

/** The folders the district prescribes for every school: added by the district admin, read by district roles. */
@RequestScoped
@Path("/api/v1/district/folders")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictFolderResource {

    public record PrescribedRequest(
            @NotBlank(message = "Tên ngăn thư mục là bắt buộc / name is required")
            @Size(max = 150, message = "Tên ngăn thư mục tối đa 150 ký tự / at most 150 characters") String name) {
    }

    public record PrescribedView(long id, String name, int order) {
        static PrescribedView of(PrescribedFolder p) {
            return new PrescribedView(p.id(), p.name(), p.sortOrder());
        }
    }

    @Inject
    FolderService folders;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public List<PrescribedView> list() {
        if (!access.requireSignedIn().isDistrict()) {
            throw PortalException.forbidden();
        }
        return folders.prescribed().stream().map(PrescribedView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response prescribe(PrescribedRequest body) {
        access.requireDistrictAdmin();
        PrescribedFolder created = folders.prescribe(requests.valid(body).name());
        return Response.status(Response.Status.CREATED).entity(PrescribedView.of(created)).build();
    }
}
