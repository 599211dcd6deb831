package vn.eschool.portal.layer1.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Map;
import vn.eschool.portal.core.rest.MonthParam;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;
import vn.eschool.portal.layer1.site.SiteService;

/** The editorial board's page for the monthly article plan; others are sent to sign in first. */
@RequestScoped
@Path("/schools/{code}/ke-hoach-tin-bai")
@Produces(Pages.HTML)
public class PlanPageResource {

    @Inject
    SchoolService schools;

    @Inject
    PlanService plans;

    @Inject
    SiteService site;

    @Inject
    Access access;

    @Inject
    PageRenderer pages;

    @GET
    public Response page(@PathParam("code") String code, @QueryParam("thang") String month) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            String next = "/schools/" + school.code() + "/ke-hoach-tin-bai";
            return Pages.signInFirst(school.code(), next);
        }
        access.requireUnpublishedReader(school);
        Map<String, Object> model = site.frame(school);
        YearMonth shown;
        try {
            YearMonth asked = MonthParam.parse(month);
            shown = asked == null ? plans.currentMonth() : asked;
        } catch (PortalException invalid) {
            shown = plans.currentMonth();
            model.put("error", invalid.messageVi());
        }
        model.put("plan", plans.month(school, shown));
        model.put("previous", shown.minusMonths(1).toString());
        model.put("next", shown.plusMonths(1).toString());
        model.put("writers", plans.writers(school));
        model.put("editor", access.isMember(access.current().get(), school));
        return Response.ok(pages.render("layer1/article-plan.ftlh", model)).build();
    }
}
