package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import vn.eschool.portal.audit.report.MonthlyReportJob;
import vn.eschool.portal.audit.report.MonthlySchedule;
import vn.eschool.portal.core.rest.DateParams;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.Access;

/** Runs the monthly report job for a given 20th and answers when every school is done (district admin). */
@RequestScoped
@Path("/api/v1/admin/audit/monthly-reports")
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyReportJobResource {

    @Inject
    Access access;

    @Inject
    MonthlyReportJob job;

    @POST
    public MonthlyReportJob.Run run(@QueryParam("date") String date) {
        access.requireDistrictAdmin();
        LocalDate day = date == null || date.isBlank() ? null : DateParams.startOfDay(date, null).toLocalDate();
        if (day == null || day.getDayOfMonth() != MonthlySchedule.DAY) {
            throw PortalException.badRequest("not-the-20th", "Báo cáo tháng được lập vào ngày 20: hãy cho \"date\" dạng YYYY-MM-20.",
                    "The monthly report is prepared on the 20th: give \"date\" as YYYY-MM-20.");
        }
        if (day.isAfter(DateParams.today())) {
            throw PortalException.badRequest("future-date", "Ngày " + day + " chưa đến.", "The day " + day + " has not come yet.");
        }
        return job.run(day);
    }
}
