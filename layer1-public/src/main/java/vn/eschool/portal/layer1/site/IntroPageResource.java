package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;

/** The board writes the introduction's sections in the rich-text editor (the same rules as the JSON API). */
@RequestScoped
@Path("/schools/{code}/gioi-thieu/sua")
@Produces(Pages.HTML)
public class IntroPageResource {

    @Inject
    SchoolService schools;

    @Inject
    SiteService site;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    PageRenderer pages;

    @GET
    public Response page(@PathParam("code") String code, @QueryParam("phan") String slug,
                         @QueryParam("xong") boolean saved) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return Pages.signInFirst(school.code(), "/schools/" + school.code() + "/gioi-thieu/sua");
        }
        access.requireBoard(school);
        IntroSection section = IntroSection.require(slug == null ? IntroSection.HISTORY.slug() : slug);
        String body = site.introduction(school).stream().filter(p -> p.section() == section).findFirst()
                .map(SiteService.IntroPart::body).orElse(null);
        return Response.ok(render(school, section, body, saved ? "Đã lưu. / Saved." : null, null)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("code") String code, @FormParam("phan") String slug,
                         @FormParam("noi-dung") String body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        IntroSection section = IntroSection.require(slug);
        try {
            site.writeIntroduction(school, user, section, requests.valid(new IntroRequest(body)));
        } catch (ConstraintViolationException invalid) {
            return Response.status(400).entity(render(school, section, body, null, Requests.messages(invalid)))
                    .build();
        } catch (PortalException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return Response.status(400).entity(render(school, section, body, null, refused.messageVi())).build();
        }
        return Response.seeOther(URI.create("/schools/" + school.code() + "/gioi-thieu/sua?phan=" + section.slug()
                + "&xong=true")).build();
    }

    private String render(School school, IntroSection section, String body, String notice, String error) {
        Map<String, Object> model = site.frame(school);
        model.put("section", section);
        model.put("sections", IntroSection.values());
        model.put("body", body == null ? "" : body);
        if (notice != null) {
            model.put("notice", notice);
        }
        if (error != null) {
            model.put("error", error);
        }
        return pages.render("layer1/intro-edit.ftlh", model);
    }
}
