package vn.eschool.portal.audit.rest;

import java.time.YearMonth;
import vn.eschool.portal.audit.calendar.CalendarEventRequest;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.core.rest.PortalException;

/** Reading the calendar's query parameters and page forms, where every field arrives as text. */
final class CalendarForms {

    private CalendarForms() {
    }

    /** The {@code year} a school year starts in; blank means the current school year. */
    static int schoolYear(String year, YearMonth current) {
        if (year == null || year.isBlank()) {
            return new AuditMonth(current).schoolYearStart().getYear();
        }
        Long first = number(year);
        if (first == null || first < 2000 || first > 2100) {
            throw PortalException.badRequest("invalid-year", "Tham số \"year\" là năm bắt đầu năm học, ví dụ 2025 cho năm học 2025-2026.",
                    "\"year\" is the year the school year starts, e.g. 2025 for 2025-2026.");
        }
        return first.intValue();
    }

    static CalendarEventRequest request(String name, String day, String month, String year, String searchText,
                                        String replaces, String cancelled) {
        return new CalendarEventRequest(name, integer(day, "day"), integer(month, "month"), integer(year, "year"),
                searchText, replaces == null || replaces.isBlank() ? null : (long) integer(replaces, "replaces"),
                cancelled != null && !cancelled.isBlank());
    }

    private static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long number = number(value);
        if (number == null || number > Integer.MAX_VALUE) {
            throw PortalException.badRequest("invalid-number", "Trường \"" + field + "\" phải là một số.",
                    "\"" + field + "\" must be a number.");
        }
        return number.intValue();
    }

    private static Long number(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
