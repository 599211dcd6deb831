package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The introduction pages (history, achievements, direction), written by the school's board. */
@RequestScoped
@Path("/api/v1/schools/{code}/intro/{section}")
public class IntroResource {

    @Inject
    SchoolService schools;

    @Inject
    SiteService site;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@PathParam("code") String code, @PathParam("section") String section, IntroRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        site.writeIntroduction(school, user, IntroSection.require(section), requests.valid(body));
        return Response.noContent().build();
    }
}
