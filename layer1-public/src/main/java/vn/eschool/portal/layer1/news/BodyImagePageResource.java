package vn.eschool.portal.layer1.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileDelivery;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.layer1.album.AlbumService;

/** The pictures of posts' and pages' texts ({@link BodyImages}), as their large thumbnail. */
@RequestScoped
@Path("/schools/{code}/anh")
public class BodyImagePageResource {

    /**
     * Revalidated on every view: a picture of a draft becomes public only with its post, so no cache keeps it
     * for others (the ETag makes the check cheap).
     */
    private static final String REVALIDATE = "private, no-cache";

    @Inject
    SchoolService schools;

    @Inject
    BodyImages images;

    @Inject
    AlbumService albums;

    @Context
    Request request;

    @GET
    @Path("{id:[0-9]+}")
    @Produces("image/jpeg")
    public Response image(@PathParam("code") String code, @PathParam("id") long id) {
        Attachment image = images.readable(schools.require(code), id);
        EntityTag tag = new EntityTag(image.sha256() + "-" + BodyImages.SIZE);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.header("Cache-Control", REVALIDATE).build();
        }
        return FileDelivery.headers(Response.ok(albums.thumbnail(image, BodyImages.SIZE).file().toFile()),
                "image/jpeg", "anh-" + id + ".jpg").tag(tag).header("Cache-Control", REVALIDATE).build();
    }
}
