package vn.eschool.portal.core.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A {@code month=YYYY-MM} query parameter; null when absent. */
public final class MonthParam {

    private MonthParam() {
    }

    public static YearMonth parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("invalid-month", "Tháng phải có dạng YYYY-MM, ví dụ 2026-10.",
                    "The month must be YYYY-MM, e.g. 2026-10.");
        }
    }
}
