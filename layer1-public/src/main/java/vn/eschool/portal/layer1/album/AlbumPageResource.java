package vn.eschool.portal.layer1.album;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.OptionalLong;
import vn.eschool.portal.core.rest.NumberParam;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileDelivery;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;
import vn.eschool.portal.layer1.cache.PublicPage;
import vn.eschool.portal.layer1.site.SiteService;

/** Album pages of the public site, the photos' thumbnails, and the editors' album page. */
@RequestScoped
@Path("/schools/{code}/album")
@Produces(Pages.HTML)
public class AlbumPageResource {

    /** A thumbnail's bytes never change for its URL (a photo's file is never replaced): cache it for a year. */
    private static final String LONG_LIVED = "public, max-age=31536000, immutable";

    @Inject
    SchoolService schools;

    @Inject
    AlbumService albums;

    @Inject
    SiteService site;

    @Inject
    Access access;

    @Inject
    PageRenderer pages;

    @Context
    Request request;

    @GET
    @PublicPage
    public String list(@PathParam("code") String code, @QueryParam("trang") String pageText) {
        School school = schools.require(code);
        int page = PageParam.parse(pageText);
        Map<String, Object> model = site.frame(school);
        int pageCount = albums.pages(school);
        model.put("albums", albums.page(school, Math.min(Math.max(1, page), pageCount)));
        model.put("page", Math.min(Math.max(1, page), pageCount));
        model.put("pages", pageCount);
        return pages.render("layer1/albums.ftlh", model);
    }

    @GET
    @PublicPage
    @Path("{id:[0-9]+}")
    public String album(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        Map<String, Object> model = site.frame(school);
        model.put("view", albums.album(school, id));
        return pages.render("layer1/album.ftlh", model);
    }

    /**
     * A photo's thumbnail ({@link ThumbnailCache#SIZES}), made on the first request and served from the cache
     * after; {@code X-Thumbnail-Cache} says which (MISS, HIT), and the ETag lets browsers revalidate for free.
     */
    @GET
    @Path("anh/{photoId:[0-9]+}/{size:[0-9]+}")
    @Produces("image/jpeg")
    public Response thumbnail(@PathParam("code") String code, @PathParam("photoId") long photoId,
                              @PathParam("size") int size) {
        Attachment image = albums.publicImage(schools.require(code), photoId);
        EntityTag tag = new EntityTag(image.sha256() + "-" + size);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.header("Cache-Control", LONG_LIVED).build();
        }
        ThumbnailCache.Thumbnail thumbnail = albums.thumbnail(image, size);
        return FileDelivery.headers(Response.ok(thumbnail.file().toFile()), "image/jpeg",
                        "anh-" + photoId + "-" + size + ".jpg")
                .tag(tag).header("Cache-Control", LONG_LIVED)
                .header("X-Thumbnail-Cache", thumbnail.generated() ? "MISS" : "HIT").build();
    }

    /** The editors' page: create an album, upload photos in bulk with a progress bar, correct captions. */
    @GET
    @Path("quan-ly")
    public Response manage(@PathParam("code") String code, @QueryParam("album") String album) {
        School school = schools.require(code);
        OptionalLong albumId = NumberParam.parse(album, 1, Long.MAX_VALUE, () -> PortalException.badRequest(
                "invalid-album", "Mã album phải là số nguyên dương.", "The album must be a positive whole number."));
        if (access.current().isEmpty()) {
            String next = "/schools/" + school.code() + "/album/quan-ly";
            return Pages.signInFirst(school.code(), next);
        }
        access.requireEditor(school);
        Map<String, Object> model = site.frame(school);
        model.put("albums", albums.page(school, 1));
        if (albumId.isPresent()) {
            model.put("view", albums.album(school, albumId.getAsLong()));
        }
        return Response.ok(pages.render("layer1/albums-manage.ftlh", model)).build();
    }
}
