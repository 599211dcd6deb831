package vn.eschool.portal.layer1.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.rest.UploadEndpoint;

/**
 * The organisation chart and the public profiles of its people: anyone reads the published fields; the school's
 * board and editors write them.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/organisation")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    SchoolService schools;

    @Inject
    OrganisationService organisation;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public OrganisationChart chart(@PathParam("code") String code) {
        return organisation.chart(schools.require(code));
    }

    @GET
    @Path("{username}")
    public Member profile(@PathParam("code") String code, @PathParam("username") String username) {
        return organisation.profile(schools.require(code), username);
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Member write(@PathParam("code") String code, @PathParam("username") String username,
                        ProfileRequest body) {
        School school = schools.require(code);
        access.requireEditor(school);
        return organisation.write(school, username, requests.valid(body));
    }

    /** The person's photo: one part {@code file}, an image. */
    @PUT
    @Path("{username}/photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public Member photo(@PathParam("code") String code, @PathParam("username") String username,
                        List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        List<Upload> uploads = new MultipartForm(parts).uploads("file");
        if (uploads.size() != 1) {
            throw PortalException.badRequest("file-missing", "Hãy gửi đúng một ảnh (trường \"file\").",
                    "Send exactly one image (field \"file\").");
        }
        return organisation.photo(school, user.accountId(), username, uploads.get(0));
    }
}
