package vn.eschool.portal.audit.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.school.School;

public interface MonthlyReportRepository {

    Optional<MonthlyReport> find(School school, YearMonth month);

    /** The school's reports, latest month first; only the published ones when {@code publishedOnly}. */
    List<MonthlyReport> list(School school, boolean publishedOnly);

    void add(MonthlyReport report);

    /** The months from {@code from} to {@code to} (inclusive) that have a stored report. */
    Set<YearMonth> monthsReported(School school, YearMonth from, YearMonth to);
}
