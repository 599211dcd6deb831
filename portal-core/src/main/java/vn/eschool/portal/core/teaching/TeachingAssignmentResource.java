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
 * A school's teaching assignments (phân công chuyên môn) per school year ({@code year=2026-2027}, the current one
 * by default), and the year's e-lectures that match none. Read by the school's members and the district; written
 * by the school admin and the district admin.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/teaching-assignments")
@Produces(MediaType.APPLICATION_JSON)
public class TeachingAssignmentResource {

    @Inject
    SchoolService schools;

    @Inject
    TeachingPlanService plans;

    @Inject
    Access access;

    @GET
    public List<PlanAssignment> assignments(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireReader(school);
        return plans.plan(school, plans.year(year)).assignments();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PlanAssignment> replaceAssignments(@PathParam("code") String code, @QueryParam("year") String year,
                                                   List<PlanAssignment> assignments) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return plans.replaceAssignments(school, plans.year(year), assignments, null, null).assignments();
    }

    @GET
    @Path("unmatched")
    public List<TeachingPlanService.UnmatchedLecture> unmatched(@PathParam("code") String code,
                                                               @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireReader(school);
        return plans.unmatched(school, plans.year(year));
    }
}
