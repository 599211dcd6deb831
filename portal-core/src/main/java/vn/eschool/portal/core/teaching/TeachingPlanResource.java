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
 * A school's teaching plan per school year ({@code year=2026-2027}, the current one by default): classes,
 * assignments, the programme's subjects per grade, and the year's e-lectures that match no assignment.
 * Read by the school's members and the district; written by the school admin and the district admin.
 */
@RequestScoped
@Path("/api/v1/schools/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class TeachingPlanResource {

    /** The subjects of each grade of the school's level, for forms: choices, not free text. */
    public record ProgrammeView(String name, List<GradeView> grades) {
    }

    public record GradeView(int grade, List<String> subjects) {
    }

    @Inject
    SchoolService schools;

    @Inject
    TeachingPlanService plans;

    @Inject
    Access access;

    @GET
    @Path("classes")
    public List<PlanClass> classes(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireReader(school);
        return plans.plan(school, plans.year(year)).classes();
    }

    @PUT
    @Path("classes")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PlanClass> replaceClasses(@PathParam("code") String code, @QueryParam("year") String year,
                                          List<PlanClass> classes) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return plans.replaceClasses(school, plans.year(year), classes).classes();
    }

    @GET
    @Path("teaching-assignments")
    public List<PlanAssignment> assignments(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireReader(school);
        return plans.plan(school, plans.year(year)).assignments();
    }

    @PUT
    @Path("teaching-assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PlanAssignment> replaceAssignments(@PathParam("code") String code, @QueryParam("year") String year,
                                                   List<PlanAssignment> assignments) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return plans.replaceAssignments(school, plans.year(year), assignments, null, null).assignments();
    }

    @GET
    @Path("teaching-assignments/unmatched")
    public List<TeachingPlanService.UnmatchedLecture> unmatched(@PathParam("code") String code,
                                                               @QueryParam("year") String year) {
        School school = schools.require(code);
        access.requireReader(school);
        return plans.unmatched(school, plans.year(year));
    }

    @GET
    @Path("programme")
    public ProgrammeView programme(@PathParam("code") String code) {
        School school = schools.require(code);
        access.requireReader(school);
        Programme programme = plans.programme();
        return new ProgrammeView(programme.name(), programme.grades(school.level()).keySet().stream()
                .map(grade -> new GradeView(grade, programme.subjectNames(school.level(), grade))).toList());
    }
}
