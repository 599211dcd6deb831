package vn.eschool.portal.core.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.eschool.portal.core.config.ClockProducer;

/** Day parameters of list endpoints ({@code from}, {@code to}: YYYY-MM-DD, school time). */
public final class DateParams {

    private DateParams() {
    }

    /** The start of the given day, or of {@code fallback} when none is given. */
    public static OffsetDateTime startOfDay(String value, LocalDate fallback) {
        try {
            LocalDate date = value == null || value.isBlank() ? fallback : LocalDate.parse(value.trim());
            return date.atStartOfDay(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("invalid-date", "Ngày phải có dạng YYYY-MM-DD.", "Dates are YYYY-MM-DD.");
        }
    }

    /** A day field of a request body (YYYY-MM-DD); null when blank. */
    public static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("invalid-date", "\"" + field + "\" phải là một ngày dạng YYYY-MM-DD.",
                    "\"" + field + "\" must be a day as YYYY-MM-DD.");
        }
    }

    public static LocalDate today() {
        return LocalDate.now(ClockProducer.SCHOOL_ZONE);
    }
}
