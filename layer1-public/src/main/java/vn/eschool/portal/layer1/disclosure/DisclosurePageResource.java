package vn.eschool.portal.layer1.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;
import vn.eschool.portal.layer1.site.SiteService;

/**
 * The editors and the board write a disclosure item's text in the rich-text editor: the year's checklist with each
 * item's status, and for the chosen item a form that publishes a new version (the same rules as the JSON API).
 */
@RequestScoped
@Path("/schools/{code}/cong-khai/sua")
@Produces(Pages.HTML)
public class DisclosurePageResource {

    @Inject
    SchoolService schools;

    @Inject
    DisclosureService disclosures;

    @Inject
    SiteService site;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    PageRenderer pages;

    @Inject
    Clock clock;

    /** The form a failed save shows again with what was typed. */
    public record Form(String text, String changedOn, String note, boolean keepFile) {
    }

    @GET
    public Response page(@PathParam("code") String code, @QueryParam("nam") String year,
                         @QueryParam("muc") String key, @QueryParam("xong") boolean saved) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return Pages.signInFirst(school.code(), "/schools/" + school.code() + "/cong-khai/sua");
        }
        access.requireEditor(school);
        SchoolYear schoolYear = yearOf(year);
        Form form = null;
        if (key != null && !key.isBlank()) {
            DisclosureViews.VersionView latest = disclosures.history(school, schoolYear, key).versions().stream()
                    .reduce((first, second) -> second).orElse(null);
            form = new Form(latest == null || latest.text() == null ? "" : latest.text(), "", "", true);
        }
        return Response.ok(render(school, schoolYear, key, form, saved ? "Đã đăng phiên bản mới. / Published." : null,
                null)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("code") String code, @FormParam("nam") String year, @FormParam("muc") String key,
                         @FormParam("noi-dung") String text, @FormParam("ngay-thay-doi") String changedOn,
                         @FormParam("ghi-chu") String note, @FormParam("giu-tep") boolean keepFile) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        SchoolYear schoolYear = yearOf(year);
        Form form = new Form(text == null ? "" : text, changedOn == null ? "" : changedOn, note == null ? "" : note,
                keepFile);
        Long fileId = keepFile ? disclosures.latestFileId(school, schoolYear, key).orElse(null) : null;
        try {
            disclosures.publish(school, user, schoolYear, key, requests.valid(new DisclosureRequest(text, fileId,
                    day(changedOn), note)));
        } catch (ConstraintViolationException invalid) {
            return refused(school, schoolYear, key, form, Requests.messages(invalid));
        } catch (PortalException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            return refused(school, schoolYear, key, form, invalid.messageVi());
        }
        return Response.seeOther(URI.create("/schools/" + school.code() + "/cong-khai/sua?nam=" + schoolYear
                + "&muc=" + key + "&xong=true")).build();
    }

    private Response refused(School school, SchoolYear year, String key, Form form, String error) {
        return Response.status(400).entity(render(school, year, key, form, null, error)).build();
    }

    private SchoolYear yearOf(String year) {
        return year == null || year.isBlank() ? disclosures.currentYear() : SchoolYear.require(year);
    }

    /** The day of an {@code <input type="date">}, empty when not given. */
    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("changed-on-invalid", "Ngày thay đổi không hợp lệ.",
                    "The day of the change is not a valid date.");
        }
    }

    private String render(School school, SchoolYear year, String key, Form form, String notice, String error) {
        Map<String, Object> model = site.frame(school);
        model.put("checklist", disclosures.checklist(school, year));
        model.put("years", disclosures.years(school));
        if (form != null) {
            DisclosureViews.HistoryView item = disclosures.history(school, year, key);
            model.put("item", item);
            model.put("form", form);
            model.put("latestFile", item.versions().isEmpty() ? null
                    : item.versions().get(item.versions().size() - 1).fileName());
        }
        model.put("today", LocalDate.now(clock).toString());
        if (notice != null) {
            model.put("notice", notice);
        }
        if (error != null) {
            model.put("error", error);
        }
        return pages.render("layer1/disclosure-edit.ftlh", model);
    }
}
