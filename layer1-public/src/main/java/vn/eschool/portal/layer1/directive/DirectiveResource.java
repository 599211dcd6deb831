package vn.eschool.portal.layer1.directive;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** Directive documents: public to read, added by the school's editors and board. */
@RequestScoped
@Path("/api/v1/schools/{code}/directives")
@Produces(MediaType.APPLICATION_JSON)
public class DirectiveResource {

    @Inject
    SchoolService schools;

    @Inject
    DirectiveService directives;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public List<DirectiveView> list(@PathParam("code") String code, @QueryParam("page") String pageText) {
        return directives.page(schools.require(code), PageParam.parse(pageText));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("code") String code, DirectiveRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        DirectiveView added = directives.add(school, user, requests.valid(body));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}
