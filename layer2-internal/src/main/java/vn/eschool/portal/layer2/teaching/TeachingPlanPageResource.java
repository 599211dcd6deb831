package vn.eschool.portal.layer2.teaching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.PlanAssignment;
import vn.eschool.portal.core.teaching.PlanClass;
import vn.eschool.portal.core.teaching.Programme;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.core.teaching.TeachingPlan;
import vn.eschool.portal.core.teaching.TeachingPlanService;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;

/**
 * The school's teaching plan page (kế hoạch dạy học): classes and assignments of a year with forms that offer
 * choices (teachers, grades, the programme's subjects), and the year's e-lectures that match no assignment.
 * Everyone who reads the plan sees it; the school admin and the district admin change it.
 */
@RequestScoped
@Path("/schools/{code}/noi-bo/ke-hoach-day-hoc")
@Produces(Pages.HTML)
public class TeachingPlanPageResource {

    @Inject
    SchoolService schools;

    @Inject
    AccountRepository accounts;

    @Inject
    TeachingPlanService plans;

    @Inject
    Access access;

    @Inject
    PageRenderer pages;

    @GET
    public Response page(@PathParam("code") String code, @QueryParam("nam") String year) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return Pages.signInFirst(school.code(), "/schools/" + school.code() + "/noi-bo/ke-hoach-day-hoc");
        }
        AuthenticatedUser user = access.requireReader(school);
        SchoolYear schoolYear = plans.year(year);
        TeachingPlan plan = plans.plan(school, schoolYear);
        Programme programme = plans.programme();
        Set<String> subjects = new LinkedHashSet<>();
        programme.grades(school.level()).keySet()
                .forEach(grade -> subjects.addAll(programme.subjectNames(school.level(), grade)));
        Map<String, Object> model = new HashMap<>();
        model.put("school", school);
        model.put("year", schoolYear.toString());
        model.put("plan", plan);
        model.put("grades", List.copyOf(programme.grades(school.level()).keySet()));
        model.put("subjects", List.copyOf(subjects));
        model.put("teachers", accounts.findBySchool(school).stream().filter(Account::enabled)
                .sorted(Comparator.comparing(Account::username)).toList());
        model.put("unmatched", plans.unmatched(school, schoolYear));
        model.put("editable", access.administers(user, school));
        return Response.ok(pages.render("layer2/teaching-plan.ftlh", model)).build();
    }

    @POST
    @Path("lop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addClass(@PathParam("code") String code, @FormParam("nam") String year,
                             @FormParam("name") String name, @FormParam("grade") String grade) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        SchoolYear schoolYear = plans.year(year);
        List<PlanClass> classes = new ArrayList<>(plans.plan(school, schoolYear).classes());
        classes.add(new PlanClass(name, number(grade)));
        plans.replaceClasses(school, schoolYear, classes);
        return back(school, schoolYear);
    }

    @POST
    @Path("lop/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeClass(@PathParam("code") String code, @FormParam("nam") String year,
                                @FormParam("name") String name) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        SchoolYear schoolYear = plans.year(year);
        plans.replaceClasses(school, schoolYear, plans.plan(school, schoolYear).classes().stream()
                .filter(c -> !c.name().equals(name)).toList());
        return back(school, schoolYear);
    }

    @POST
    @Path("phan-cong")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAssignment(@PathParam("code") String code, @FormParam("nam") String year,
                                  @FormParam("username") String username, @FormParam("subject") String subject,
                                  @FormParam("className") String className) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        SchoolYear schoolYear = plans.year(year);
        List<PlanAssignment> assignments = new ArrayList<>(plans.plan(school, schoolYear).assignments());
        assignments.add(new PlanAssignment(username, subject, className));
        plans.replaceAssignments(school, schoolYear, assignments, null, "trang kế hoạch / plan page");
        return back(school, schoolYear);
    }

    @POST
    @Path("phan-cong/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeAssignment(@PathParam("code") String code, @FormParam("nam") String year,
                                     @FormParam("username") String username, @FormParam("subject") String subject,
                                     @FormParam("className") String className) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        SchoolYear schoolYear = plans.year(year);
        PlanAssignment removed = new PlanAssignment(username, subject, className);
        plans.replaceAssignments(school, schoolYear, plans.plan(school, schoolYear).assignments().stream()
                .filter(a -> !a.equals(removed)).toList(), null, "trang kế hoạch / plan page");
        return back(school, schoolYear);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Response back(School school, SchoolYear year) {
        return Response.seeOther(URI.create("/schools/" + school.code() + "/noi-bo/ke-hoach-day-hoc?nam=" + year))
                .build();
    }
}
