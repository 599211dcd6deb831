package vn.eschool.portal.layer1.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.layer1.album.AlbumService;
import vn.eschool.portal.layer1.album.ThumbnailCache;

/**
 * The pictures of posts' and pages' texts ({@link BodyImages}): at the address the text keeps, the large thumbnail;
 * below it, each size ({@link ThumbnailCache#SIZES}), which pages offer by {@code srcset}.
 */
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
        return image(code, id, BodyImages.SIZE, "anh-" + id + ".jpg");
    }

    @GET
    @Path("{id:[0-9]+}/{size:[0-9]+}")
    @Produces("image/jpeg")
    public Response image(@PathParam("code") String code, @PathParam("id") long id, @PathParam("size") int size) {
        return image(code, id, size, "anh-" + id + "-" + size + ".jpg");
    }

    private Response image(String code, long id, int size, String filename) {
        Attachment image = images.readable(schools.require(code), id);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(AlbumService.thumbnailTag(image, size));
        if (unchanged != null) {
            return unchanged.header("Cache-Control", REVALIDATE).build();
        }
        return albums.thumbnailAnswer(image, size, filename).header("Cache-Control", REVALIDATE).build();
    }
}
