package vn.eschool.portal.audit.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.scoring.SelfAssessmentResult;
import vn.eschool.portal.audit.selfassessment.SelfAssessmentService;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** Stores, lists and publishes the monthly reports. */
@ApplicationScoped
public class MonthlyReportService {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** A stored report without its snapshot. */
    /** {@code complete} false: some criteria the school enters were not entered ("chưa nhập") when it was prepared. */
    public record Summary(String school, YearMonth month, String ruleSet, OffsetDateTime preparedAt, double total, double maxTotal,
                          String grade, String gradeLabelVi, boolean complete, boolean published, OffsetDateTime publishedAt,
                          List<StandardLine> standards) {

        static Summary of(MonthlyReport report) {
            return new Summary(report.school().code(), report.month(), report.ruleSet(), report.preparedAt(), report.total(),
                    report.maxTotal(), report.grade(), report.gradeLabel(), report.complete(), report.published(), report.publishedAt(),
                    report.standards().stream().map(s -> new StandardLine(s.id(), s.title(), s.maxPoints(), s.score(),
                            s.meetsMinimum())).toList());
        }
    }

    public record StandardLine(String id, String titleVi, double maxPoints, double score, boolean meetsMinimum) {
    }

    @Inject
    MonthlyReportRepository reports;

    @Inject
    SelfAssessmentService assessments;

    @Inject
    AuditService audits;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    ActivityLog log;

    /**
     * Prepares and stores the school's report for the month, in a transaction of its own so that one school's
     * failure leaves the others' reports; a month already stored is kept as it was.
     *
     * @return false when the month was already stored
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean prepare(School school, YearMonth month) {
        if (reports.find(school, month).isPresent()) {
            return false;
        }
        reports.add(fromLiveData(school, month));
        return true;
    }

    /**
     * Prepares the month again from today's data and replaces the stored report: an explicit act of an admin, with
     * its reason and the figures before and after in the logbook; a published report must be published again.
     */
    @Transactional
    public Summary replace(School school, YearMonth month, String reason) {
        MonthlyReport stored = require(school, month);
        String before = stored.total() + "/" + stored.maxTotal() + " " + stored.gradeLabel() + " (" + stored.preparedAt() + ")";
        stored.replaceWith(fromLiveData(school, month));
        log.record(school, "audit.report.replaced", month.toString(), reason.strip() + " | trước/before: " + before
                + " | sau/after: " + stored.total() + "/" + stored.maxTotal() + " " + stored.gradeLabel());
        return Summary.of(stored);
    }

    private MonthlyReport fromLiveData(School school, YearMonth month) {
        SelfAssessmentService.Combined combined = assessments.combined(school, audits.ruleSet(null, month), new AuditMonth(month));
        SelfAssessmentResult result = combined.assessment();
        return new MonthlyReport(school, month, result.ruleSetId(), OffsetDateTime.now(clock), result.total(),
                result.maxTotal(), result.grade().orElse(null), result.gradeLabelVi(),
                result.standards().stream().map(s -> new ReportStandard(s.id(), s.titleVi(), s.maxPoints(), s.score(),
                        s.meetsMinimum())).toList(), JSON.toJson(combined), result.complete());
    }

    /** When the school's report for the month was stored (the month closed); empty while it is open. */
    public Optional<OffsetDateTime> preparedAt(School school, YearMonth month) {
        return reports.find(school, month).map(MonthlyReport::preparedAt);
    }

    public List<Summary> list(School school, boolean publishedOnly) {
        return reports.list(school, publishedOnly).stream().map(Summary::of).toList();
    }

    /** A stored report's rule set, when it was prepared, and its snapshot (audit and self-assessment) as JSON. */
    public record Frozen(String ruleSet, OffsetDateTime preparedAt, String snapshot) {
    }

    /** The month's stored report; empty while the month is open. */
    public Optional<Frozen> frozen(School school, YearMonth month) {
        return reports.find(school, month).map(report -> new Frozen(report.ruleSet(), report.preparedAt(), report.snapshot()));
    }

    /** The stored snapshot (audit and self-assessment) as JSON, exactly as it was prepared. */
    public String snapshot(School school, YearMonth month) {
        return require(school, month).snapshot();
    }

    @Transactional
    public Summary publish(School school, YearMonth month, AuthenticatedUser by) {
        MonthlyReport report = require(school, month);
        report.publish(accounts.findById(by.accountId()).orElse(null), OffsetDateTime.now(clock));
        return Summary.of(report);
    }

    private MonthlyReport require(School school, YearMonth month) {
        return reports.find(school, month).orElseThrow(() -> PortalException.notFound(
                "Chưa có báo cáo tháng " + month + " của trường.", "No stored report for " + month + "."));
    }
}
