package vn.eschool.portal.layer2.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import vn.eschool.portal.core.config.SchoolMonth;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.rest.MonthParam;

/** Staff sign-ins and Layer 2 openings of a month (default: this month), for the school admin and the district. */
@RequestScoped
@Path("/api/v1/schools/{code}/activity")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    @Inject
    SchoolService schools;

    @Inject
    ActivityService activity;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @GET
    public List<StaffActivity> monthly(@PathParam("code") String code, @QueryParam("month") String month) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        YearMonth asked = MonthParam.parse(month);
        return activity.monthly(school, asked == null ? SchoolMonth.of(clock.instant()) : asked);
    }
}
