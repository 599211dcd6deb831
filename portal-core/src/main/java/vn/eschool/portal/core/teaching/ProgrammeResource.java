package vn.eschool.portal.core.teaching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/**
 * The general-education programme's subjects of each grade of the school's level, for the school's members and
 * the district.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/programme")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

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
    public ProgrammeView programme(@PathParam("code") String code) {
        School school = schools.require(code);
        access.requireReader(school);
        Programme programme = plans.programme();
        return new ProgrammeView(programme.name(), programme.grades(school.level()).keySet().stream()
                .map(grade -> new GradeView(grade, programme.subjectNames(school.level(), grade))).toList());
    }
}
