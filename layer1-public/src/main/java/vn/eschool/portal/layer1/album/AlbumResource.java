package vn.eschool.portal.layer1.album;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.rest.MultipartForm;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.rest.UploadEndpoint;

/** Photo albums: public to read; created, described and filled (bulk upload) by the school's editors and board. */
@RequestScoped
@Path("/api/v1/schools/{code}/albums")
@Produces(MediaType.APPLICATION_JSON)
public class AlbumResource {

    @Inject
    SchoolService schools;

    @Inject
    AlbumService albums;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public List<AlbumView> list(@PathParam("code") String code, @QueryParam("page") String pageText) {
        return albums.page(schools.require(code), PageParam.parse(pageText));
    }

    @GET
    @Path("{id}")
    public AlbumService.AlbumPage album(@PathParam("code") String code, @PathParam("id") long id) {
        return albums.album(schools.require(code), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("code") String code, AlbumRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        return Response.status(Response.Status.CREATED).entity(albums.create(school, user.accountId(), requests.valid(body)))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlbumView update(@PathParam("code") String code, @PathParam("id") long id, AlbumRequest body) {
        School school = schools.require(code);
        access.requireEditor(school);
        return albums.update(school, id, requests.valid(body));
    }

    /** Many photos in one request: repeated parts {@code file}, and optionally {@code caption} in the same order. */
    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public Response upload(@PathParam("code") String code, @PathParam("id") long id, List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        MultipartForm form = new MultipartForm(parts);
        List<PhotoView> added = albums.addPhotos(school, user.accountId(), id, form.uploads("file"), form.texts("caption"));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("{id}/photos/{photoId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PhotoView caption(@PathParam("code") String code, @PathParam("id") long id,
                             @PathParam("photoId") long photoId, CaptionRequest body) {
        School school = schools.require(code);
        access.requireEditor(school);
        return albums.caption(school, id, photoId, requests.valid(body));
    }
}
