package vn.eschool.portal.layer1.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;
import vn.eschool.portal.layer1.album.AlbumService;
import vn.eschool.portal.layer1.album.ThumbnailCache;
import vn.eschool.portal.layer1.site.SiteService;

/**
 * The board's page for the public site (trang trường): motto, logo, colour theme and menu order, with a preview
 * of the banner and menu before saving; and the logo itself, public.
 */
@RequestScoped
@Path("/schools/{code}/trang-truong")
@Produces(Pages.HTML)
public class SiteSettingsPageResource {

    @Inject
    SchoolService schools;

    @Inject
    SiteSettingsService settings;

    @Inject
    SiteService site;

    @Inject
    AlbumService albums;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    PageRenderer pages;

    @GET
    public Response page(@PathParam("code") String code, @QueryParam("xong") boolean saved) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return Pages.signInFirst(school.code(), "/schools/" + school.code() + "/trang-truong");
        }
        access.requireBoard(school);
        return Response.ok(render(school, settings.view(school), saved ? "Đã lưu. / Saved." : null, null)).build();
    }

    /**
     * Preview ({@code hanh-dong=xem-truoc}) or save: the menu's order is given as a position ({@code vi-tri})
     * beside each entry's key ({@code muc}), in the page's order.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("code") String code, @FormParam("khau-hieu") String motto,
                         @FormParam("giao-dien") String theme, @FormParam("muc") List<String> keys,
                         @FormParam("vi-tri") List<String> positions, @FormParam("hanh-dong") String action) {
        School school = schools.require(code);
        access.requireBoard(school);
        boolean preview = "xem-truoc".equals(action);
        try {
            SiteSettingsRequest request = requests.valid(new SiteSettingsRequest(motto, theme,
                    ordered(keys, positions)));
            SiteSettingsService.SiteView view = settings.apply(school, request, !preview);
            if (!preview) {
                return Response.seeOther(URI.create("/schools/" + school.code() + "/trang-truong?xong=true")).build();
            }
            return Response.ok(render(school, view, "Bản xem trước, chưa lưu. / A preview, not saved yet.", null))
                    .build();
        } catch (PortalException invalid) {
            return Response.status(invalid.status()).entity(render(school, settings.view(school), null,
                    invalid.messageVi())).build();
        } catch (ConstraintViolationException invalid) {
            return Response.status(400).entity(render(school, settings.view(school), null, Requests.messages(invalid)))
                    .build();
        }
    }

    /**
     * The logo as the banner shows it: its small thumbnail, whatever the size the board uploaded. Revalidated on each
     * view, since a new logo keeps this address.
     */
    @GET
    @Path("bieu-trung")
    @Produces("image/jpeg")
    public Response logo(@PathParam("code") String code) {
        Attachment logo = settings.logoFile(schools.require(code));
        return albums.thumbnailAnswer(logo, ThumbnailCache.SIZES.get(0), "bieu-trung.jpg")
                .header("Cache-Control", "public, no-cache").build();
    }

    /** The keys sorted by the positions typed beside them; a position left empty or unreadable keeps its place. */
    static List<String> ordered(List<String> keys, List<String> positions) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.comparingDouble(i -> position(positions, i)));
        return indexes.stream().map(keys::get).toList();
    }

    private static double position(List<String> positions, int index) {
        try {
            return Double.parseDouble(positions.get(index).strip());
        } catch (RuntimeException unreadable) {
            return index + 1;
        }
    }

    private String render(School school, SiteSettingsService.SiteView view, String notice, String error) {
        Map<String, Object> model = site.frame(school);
        model.put("preview", view);
        if (notice != null) {
            model.put("notice", notice);
        }
        if (error != null) {
            model.put("error", error);
        }
        return pages.render("layer1/site-settings.ftlh", model);
    }
}
