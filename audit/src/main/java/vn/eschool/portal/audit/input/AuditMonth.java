package vn.eschool.portal.audit.input;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.rest.PortalException;

/** An audited month, whose days are those of the schools' legal time (Asia/Ho_Chi_Minh), not the server's. */
public record AuditMonth(YearMonth month) {

    static final ZoneId ZONE = ClockProducer.SCHOOL_ZONE;
    /** The school year starts in September (khai giảng on 5 September). */
    public static final int SCHOOL_YEAR_FIRST_MONTH = 9;

    /**
     * Reads {@code YYYY-MM} as typed in a query; blank means {@code current}. A month after the current one has
     * nothing to audit yet.
     */
    public static AuditMonth parse(String value, YearMonth current, String parameter) {
        if (value == null || value.isBlank()) {
            return new AuditMonth(current);
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("invalid-month", "Tham số \"" + parameter + "\" phải là một tháng dạng YYYY-MM, ví dụ "
                    + current + ".", "\"" + parameter + "\" must be a month as YYYY-MM, e.g. " + current + ".");
        }
        if (month.isAfter(current)) {
            throw PortalException.badRequest("future-month", "Tháng " + month + " chưa đến, chưa thể kiểm tra.",
                    "Month " + month + " has not come yet.");
        }
        return new AuditMonth(month);
    }

    /** The first instant of the month in Hà Nội. */
    public OffsetDateTime start() {
        return month.atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The first instant after the month, exclusive bound of its instants. */
    public OffsetDateTime end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** September of the school year the month belongs to (January 2025 → September 2024). */
    public YearMonth schoolYearStart() {
        int year = month.getMonthValue() >= SCHOOL_YEAR_FIRST_MONTH ? month.getYear() : month.getYear() - 1;
        return YearMonth.of(year, SCHOOL_YEAR_FIRST_MONTH);
    }

    /**
     * The first month of the semester (học kỳ) the month belongs to: semester 1 runs from September to January,
     * semester 2 from February to the summer.
     */
    public YearMonth semesterStart() {
        int m = month.getMonthValue();
        if (m >= SCHOOL_YEAR_FIRST_MONTH || m == 1) {
            return schoolYearStart();
        }
        return YearMonth.of(month.getYear(), 2);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }
}
