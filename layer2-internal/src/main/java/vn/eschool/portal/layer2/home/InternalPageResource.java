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
        return Response.ok(pages.render("layer2/home.ftlh", model)).build();
    }
}
