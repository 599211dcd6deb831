package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.eschool.portal.audit.report.MonthlyReportService;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.plugin.SchoolSiteFrame;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;

/**
 * The public page of a school's published self-assessments (Lớp 1): anyone reads it, only published reports show.
 * It is a page of the school's site, in its frame ({@link SchoolSiteFrame}).
 */
@RequestScoped
@Path("/schools/{code}/tu-danh-gia")
@Produces(Pages.HTML)
public class SelfAssessmentPageResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    SchoolService schools;

    @Inject
    MonthlyReportService reports;

    @Inject
    PageRenderer pages;

    @Inject
    Instance<SchoolSiteFrame> frames;

    @GET
    public String page(@PathParam("code") String code) {
        School school = schools.require(code);
        Map<String, Object> model = SchoolSiteFrame.model(frames, school);
        model.put("reports", reports.list(school, true));
        model.put("zone", ClockProducer.SCHOOL_ZONE);
        model.put("dayFormat", DAY);
        return pages.render("audit/self-assessment.ftlh", model);
    }
}
