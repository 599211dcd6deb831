package vn.eschool.portal.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import vn.eschool.portal.audit.dashboard.AuditAnswers;
import vn.eschool.portal.audit.dashboard.AuditItems;
import vn.eschool.portal.audit.dashboard.ItemKind;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.audit.service.ConsistencyReport;
import vn.eschool.portal.audit.service.IndexConsistency;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/** A school's audit, for its board of principals and the district's inspectors. */
@RequestScoped
@Path("/api/v1/schools/{code}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolAuditResource {

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    AuditService audits;

    @Inject
    IndexConsistency consistency;

    @Inject
    AuditItems items;

    @Inject
    AuditAnswers answers;

    /** The month's audit; a reported month as its stored report froze it (see {@link AuditAnswers}). */
    @GET
    public JsonObject audit(@PathParam("code") String code, @QueryParam("month") String month,
                            @QueryParam("rules") String rules) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return answers.audit(school, AuditMonth.parse(month, audits.currentMonth(), "month"), rules);
    }

    /**
     * The items behind a number of the audit (drill-down): the school's published items of the month, of one
     * teacher, kind ({@code lectures}, {@code specialised}, {@code posts}, {@code all}), type or program.
     */
    @GET
    @Path("items")
    public AuditItems.ItemList items(@PathParam("code") String code, @QueryParam("month") String month,
                                     @QueryParam("rules") String rules, @QueryParam("teacher") String teacher,
                                     @QueryParam("kind") String kind, @QueryParam("type") String type,
                                     @QueryParam("software") String software) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        AuditMonth audited = AuditMonth.parse(month, audits.currentMonth(), "month");
        return items.list(school, audited, audits.ruleSet(rules, audited.month()),
                new AuditItems.Selection(teacher, ItemKind.parse(kind), type, software));
    }

    /** Whether the index the audit counts agrees with the database, month by month. */
    @GET
    @Path("consistency")
    public ConsistencyReport consistency(@PathParam("code") String code, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        YearMonth first = from == null || from.isBlank() ? null : AuditMonth.parse(from, audits.currentMonth(), "from").month();
        YearMonth last = to == null || to.isBlank() ? null : AuditMonth.parse(to, audits.currentMonth(), "to").month();
        if (first != null && last != null && first.isAfter(last)) {
            throw PortalException.badRequest("invalid-range", "Tháng bắt đầu phải trước hoặc trùng tháng kết thúc.",
                    "The first month must not be after the last.");
        }
        return consistency.check(school, first, last);
    }
}
