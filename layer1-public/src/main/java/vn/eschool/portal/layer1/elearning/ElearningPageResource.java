package vn.eschool.portal.layer1.elearning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import vn.eschool.portal.core.files.FileDelivery;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;
import vn.eschool.portal.layer1.site.SiteService;

/** The e-learning repository's pages: browse by subject and grade, one lecture with its preview. */
@RequestScoped
@Path("/schools/{code}/hoc-lieu")
@Produces(Pages.HTML)
public class ElearningPageResource {

    @Inject
    SchoolService schools;

    @Inject
    ElearningService elearning;

    @Inject
    SiteService site;

    @Inject
    FileService files;

    @Inject
    PageRenderer pages;

    @GET
    public Response browse(@PathParam("code") String code, @QueryParam("mon") String subject,
                           @QueryParam("khoi") String grade, @QueryParam("trang") String pageText) {
        School school = schools.require(code);
        int page = PageParam.parse(pageText);
        Map<String, Object> model = site.frame(school);
        try {
            model.put("view", elearning.browse(school, subject, ElearningResource.grade(grade), page));
            return Response.ok(pages.render("layer1/elearning.ftlh", model)).build();
        } catch (PortalException invalid) {
            model.put("view", elearning.browse(school, subject, null, page));
            model.put("error", invalid.messageVi());
            return Response.status(invalid.status()).entity(pages.render("layer1/elearning.ftlh", model)).build();
        }
    }

    @GET
    @Path("{id:[0-9]+}")
    public String lecture(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        Map<String, Object> model = site.frame(school);
        model.put("detail", elearning.detail(school, id));
        return pages.render("layer1/lecture.ftlh", model);
    }

    /** The file shown inside the page: only PDFs and images, whose type Tika found from the content. */
    @GET
    @Path("{id:[0-9]+}/xem")
    @Produces(MediaType.WILDCARD)
    public Response preview(@PathParam("code") String code, @PathParam("id") long id) {
        return FileDelivery.send(files, elearning.previewFile(schools.require(code), id));
    }
}
