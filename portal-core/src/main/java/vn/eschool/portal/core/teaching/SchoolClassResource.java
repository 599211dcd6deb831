package vn.eschool.portal.core.teaching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/**
 * A school's classes per school year ({@code year=2026-2027}, the current one by default). Read by the school's
 * members and the district; written by the school admin and the district admin.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/classes")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolClassResource {

    @Inject
    SchoolService schools;

    @Inject
    TeachingPlanService plans;

    @Inject
    Access access;

    @GET
    public List<PlanClass> classes(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireReader(school);
        return plans.plan(school, plans.year(year)).classes();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PlanClass> replaceClasses(@PathParam("code") String code, @QueryParam("year") String year,
                                          List<PlanClass> classes) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return plans.replaceClasses(school, plans.year(year), classes).classes();
    }
}
