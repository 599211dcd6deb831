package vn.eschool.portal.layer1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolResource.SchoolView;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;

/** The district's list of schools at {@code /}, and each school's public home page. */
@RequestScoped
@Path("/")
@Produces(Pages.HTML)
public class PublicSiteResource {

    @Inject
    SchoolService schools;

    @Inject
    PageRenderer pages;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @GET
    public Response root() {
        List<School> all = schools.all();
        if (all.size() == 1) {
            return Response.seeOther(URI.create("/schools/" + all.get(0).code() + "/")).build();
        }
        return Response.ok(pages.render("layer1/district.ftlh",
                Map.of("schools", all.stream().map(SchoolView::of).toList()))).build();
    }

    @GET
    @Path("schools/{code}")
    public String school(@PathParam("code") String code) {
        School school = schools.require(code);
        List<ContentItem> news = em.createQuery("select c from ContentItem c where c.school = :school"
                        + " and c.type = :type and c.status = :status and c.visibility = :visibility"
                        + " order by c.publishedAt desc", ContentItem.class)
                .setParameter("school", school)
                .setParameter("type", PublicSitePlugin.NEWS)
                .setParameter("status", ContentStatus.PUBLISHED)
                .setParameter("visibility", Visibility.PUBLIC)
                .setMaxResults(10)
                .getResultList();
        return pages.render("layer1/school.ftlh", Map.of("school", SchoolView.of(school), "news", news));
    }
}
