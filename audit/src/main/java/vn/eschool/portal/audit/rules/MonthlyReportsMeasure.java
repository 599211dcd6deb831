package vn.eschool.portal.audit.rules;

/**
 * The monthly reports (báo cáo tháng) the school owes (8265: I.1.1, "Mỗi biên bản, báo cáo tháng thiếu (trừ 0,25
 * điểm)"): every month of the school year before the audited one must have its report stored by the portal.
 *
 * @param missingReport deduction per month of the school year without a stored report
 */
public record MonthlyReportsMeasure(FixedDeduction missingReport) implements Measure {

    public static final String KIND = "monthly-reports";

    @Override
    public String kind() {
        return KIND;
    }
}
