package vn.eschool.portal.audit.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import vn.eschool.portal.core.plugin.ReportedMonths;
import vn.eschool.portal.core.school.School;

/** A month is closed once its monthly report is stored. */
@ApplicationScoped
public class StoredReportMonths implements ReportedMonths {

    @Inject
    MonthlyReportService reports;

    @Override
    public boolean reported(School school, YearMonth month) {
        return reports.preparedAt(school, month).isPresent();
    }
}
