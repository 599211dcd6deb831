package vn.eschool.portal.layer2.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.TeachingPlan;
import vn.eschool.portal.core.teaching.TeachingPlanService;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;

/** The Layer 2 home page (khu vực nội bộ) for signed-in staff; others are sent to sign in first. */
@RequestScoped
@Path("/schools/{code}/noi-bo")
@Produces(Pages.HTML)
public class InternalPageResource {

    @Inject
    SchoolService schools;

    @Inject
    InternalHomeService home;

    @Inject
    Access access;

    @Inject
    PageRenderer pages;

    @Inject
    TeachingPlanService plans;

    /** One choice of the upload form: a pair of the teaching plan and its class's grade. */
    public record Choice(String subject, String className, int grade) {
        public String value() {
            return subject + "|" + className + "|" + grade;
        }
    }

    @GET
    public Response page(@PathParam("code") String code) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return Pages.signInFirst(school.code(), "/schools/" + school.code() + "/noi-bo");
        }
        AuthenticatedUser user = access.requireReader(school);
        InternalHome opened = home.open(school, user, user.isDistrict() || access.administers(user, school));
        Map<String, Object> model = new HashMap<>();
        model.put("school", opened.school());
        model.put("home", opened);
        model.put("member", school.id().equals(user.schoolId()));
        TeachingPlan plan = plans.plan(school, plans.currentYear());
        model.put("planDeclared", plan.declared());
        model.put("choices", (access.administers(user, school) ? plan.pairs() : plan.pairsOf(user.username())).stream()
                .map(pair -> new Choice(pair.subject(), pair.className(), plan.gradeOf(pair.className()).orElseThrow()))
                .toList());
        return Response.ok(pages.render("layer2/home.ftlh", model)).build();
    }
}
