package vn.eschool.portal.layer1.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.rest.MultipartForm;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.rest.UploadEndpoint;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The board's settings of the public site: banner (motto, logo), colour theme, menu order. */
@RequestScoped
@Path("/api/v1/schools/{code}/site-settings")
@Produces(MediaType.APPLICATION_JSON)
public class SiteSettingsResource {

    @Inject
    SchoolService schools;

    @Inject
    SiteSettingsService settings;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public SiteSettingsService.SiteView get(@PathParam("code") String code) {
        School school = schools.require(code);
        access.requireUnpublishedReader(school);
        return settings.view(school);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SiteSettingsService.SiteView put(@PathParam("code") String code, SiteSettingsRequest body) {
        School school = schools.require(code);
        access.requireBoard(school);
        return settings.apply(school, requests.valid(body), true);
    }

    /** The banner's logo (part {@code file}): a raster image. */
    @POST
    @Path("logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public SiteSettingsService.SiteView logo(@PathParam("code") String code, List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        List<Upload> uploads = new MultipartForm(parts).uploads("file");
        if (uploads.size() != 1) {
            throw PortalException.badRequest("file-missing", "Hãy chọn một ảnh (trường \"file\").",
                    "Choose one image (field \"file\").");
        }
        return settings.logo(school, user.accountId(), uploads.get(0));
    }
}
