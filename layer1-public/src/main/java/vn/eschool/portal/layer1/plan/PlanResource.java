package vn.eschool.portal.layer1.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import vn.eschool.portal.core.rest.MonthParam;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The monthly article plan: the school's editors and board keep it; the district reads it. */
@RequestScoped
@Path("/api/v1/schools/{code}/article-plan")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    SchoolService schools;

    @Inject
    PlanService plans;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public MonthPlan month(@PathParam("code") String code, @QueryParam("month") String month) {
        School school = schools.require(code);
        access.requireUnpublishedReader(school);
        YearMonth asked = MonthParam.parse(month);
        return plans.month(school, asked == null ? plans.currentMonth() : asked);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("code") String code, PlanTopicRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        return Response.status(Response.Status.CREATED).entity(plans.add(school, user, requests.valid(body))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanTopicView update(@PathParam("code") String code, @PathParam("id") long id, PlanTopicRequest body) {
        School school = schools.require(code);
        access.requireEditor(school);
        return plans.update(school, id, requests.valid(body));
    }
}
