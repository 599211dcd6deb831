package vn.eschool.portal.audit.scoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The monthly reports (báo cáo tháng) a school owes by the audited month, and those the portal has stored.
 *
 * @param due    the months of the school year before the audited one, oldest first
 * @param stored the months with a stored report
 */
public record MonthlyReports(List<YearMonth> due, Set<YearMonth> stored) {

    public static final MonthlyReports NONE_DUE = new MonthlyReports(List.of(), Set.of());

    public MonthlyReports {
        due = List.copyOf(due);
        stored = Set.copyOf(stored);
    }

    public List<YearMonth> missing() {
        return due.stream().filter(month -> !stored.contains(month)).toList();
    }
}
