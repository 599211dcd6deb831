package vn.eschool.portal.audit.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.rules.LectureQuotaMeasure;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.audit.service.DistrictAuditSummary;
import vn.eschool.portal.audit.service.SchoolAuditReport;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;

/** What the inspectors' dashboard pages show: a school's month with its charts, and the district's heat map. */
@ApplicationScoped
public class DashboardService {

    static final int TREND_MONTHS = 12;

    @Inject
    AuditService audits;

    @Inject
    AuditItems items;

    /** A month of the trend; {@code score} is null when no rule set was in force. */
    public record TrendMonth(YearMonth month, long posts, long lectures, long specialised, Double score) {
    }

    /**
     * @param quota             e-lectures each teacher owes in the month (the rule set's line on the chart)
     * @param countsSpecialised whether only lectures made with specialised software count towards it
     */
    public record SchoolDashboard(SchoolAuditReport report, String ruleSetParam, int quota, boolean countsSpecialised,
                                  BarChart lectures, List<TrendMonth> trend, List<LineChart> trendCharts) {
    }

    public record Cell(String criterion, double score, double maxPoints, HeatLevel level) {
    }

    /** {@code inSession} false: the school's month has no teaching day, shown as "not in session" rather than scored. */
    public record HeatRow(String code, String name, List<Cell> cells, double total, HeatLevel level, boolean inSession) {
    }

    public record DistrictDashboard(YearMonth month, String ruleSet, String decision, List<Criterion> criteria,
                                    double maxTotal, List<HeatRow> rows) {
    }

    /** @param rules the rule set asked for by id, or null for the one in force each month */
    public SchoolDashboard school(School school, AuditMonth month, String rules) {
        RuleSet ruleSet = audits.ruleSet(rules, month.month());
        SchoolAuditReport report = audits.audit(school, month, ruleSet);
        Optional<LectureQuotaMeasure> quota = ruleSet.measure(LectureQuotaMeasure.class);
        boolean specialised = quota.map(LectureQuotaMeasure::onlySpecialisedSoftware).orElse(false);
        String ruleSetParam = rules == null || rules.isBlank() ? null : ruleSet.id();
        String drill = "/schools/" + school.code() + "/kiem-tra/muc?month=" + month.month()
                + (ruleSetParam == null ? "" : "&rules=" + ruleSetParam)
                + "&kind=" + (specialised ? ItemKind.SPECIALISED : ItemKind.LECTURES).param() + "&teacher=";
        List<BarChart.Bar> bars = report.teachers().stream().map(teacher -> new BarChart.Bar(
                teacher.name() == null || teacher.name().isBlank() ? teacher.username() : teacher.name(),
                specialised ? teacher.lecturesWithSoftware() : teacher.lectures(), drill + teacher.username())).toList();
        BarChart chart = BarChart.of(bars, quota.map(LectureQuotaMeasure::monthlyMinimum).orElse(0));

        List<TrendMonth> trend = new ArrayList<>();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            AuditMonth m = new AuditMonth(month.month().minusMonths(back));
            Optional<RuleSet> rulesOfMonth = back == 0 ? Optional.of(ruleSet) : ruleSetFor(rules, m);
            // A month not in session has no score to show, rather than full marks.
            Optional<SchoolAuditReport> audited = back == 0 ? Optional.of(report) : rulesOfMonth.map(r -> audits.audit(school, m, r));
            Double score = audited.filter(SchoolAuditReport::inSession).map(SchoolAuditReport::totalScore).orElse(null);
            RuleSet counting = rulesOfMonth.orElse(ruleSet);
            trend.add(new TrendMonth(m.month(),
                    items.count(school, m, counting, AuditItems.Selection.of(ItemKind.POSTS)),
                    items.count(school, m, counting, AuditItems.Selection.of(ItemKind.LECTURES)),
                    items.count(school, m, counting, AuditItems.Selection.of(ItemKind.SPECIALISED)), score));
        }
        String trendDrill = "/schools/" + school.code() + "/kiem-tra/muc?" + (ruleSetParam == null ? "" : "rules=" + ruleSetParam + "&")
                + "month=";
        List<LineChart> charts = List.of(
                LineChart.of("Bài viết (trừ bài giảng)", "Posts", trend.stream().map(t -> new LineChart.Value(
                        t.month().toString(), (double) t.posts(), trendDrill + t.month() + "&kind=posts")).toList(), null),
                LineChart.of("Bài giảng điện tử", "E-lectures", trend.stream().map(t -> new LineChart.Value(
                        t.month().toString(), (double) t.lectures(), trendDrill + t.month() + "&kind=lectures")).toList(), null),
                LineChart.of("Bài giảng dùng phần mềm chuyên môn", "E-lectures with specialised software",
                        trend.stream().map(t -> new LineChart.Value(t.month().toString(), (double) t.specialised(),
                                trendDrill + t.month() + "&kind=specialised")).toList(), null),
                LineChart.of("Điểm các tiêu chí đo được", "Score of the measured criteria", trend.stream()
                        .map(t -> new LineChart.Value(t.month().toString(), t.score(), "/schools/" + school.code()
                                + "/kiem-tra?month=" + t.month())).toList(), report.maxTotal()));
        return new SchoolDashboard(report, ruleSetParam, quota.map(LectureQuotaMeasure::monthlyMinimum).orElse(0),
                specialised, chart, trend, charts);
    }

    public DistrictDashboard district(AuditMonth month, String rules) {
        RuleSet ruleSet = audits.ruleSet(rules, month.month());
        DistrictAuditSummary summary = audits.district(month, ruleSet);
        List<Criterion> criteria = ruleSet.measuredCriteria();
        List<HeatRow> rows = summary.schools().stream().map(line -> new HeatRow(line.code(), line.name(),
                criteria.stream().map(c -> {
                    double score = line.scores().getOrDefault(c.id(), 0.0);
                    return new Cell(c.id(), score, c.maxPoints(), HeatLevel.of(score, c.maxPoints()));
                }).toList(), line.total(), HeatLevel.of(line.total(), summary.maxTotal()), line.inSession())).toList();
        return new DistrictDashboard(month.month(), ruleSet.id(), ruleSet.decision(), criteria, summary.maxTotal(), rows);
    }

    private Optional<RuleSet> ruleSetFor(String rules, AuditMonth month) {
        try {
            return Optional.of(audits.ruleSet(rules, month.month()));
        } catch (PortalException noneInForce) {
            return Optional.empty();
        }
    }
}
