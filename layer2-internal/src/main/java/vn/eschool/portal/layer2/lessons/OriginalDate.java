package vn.eschool.portal.layer2.lessons;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import vn.eschool.portal.core.config.ClockProducer;

/**
 * The date an e-lecture was first uploaded to an older portal, when its history is migrated: ISO with an offset
 * ({@code 2025-10-15T08:00:00+07:00}), or a local date and time or a bare date read in the school's time.
 */
public final class OriginalDate {

    private OriginalDate() {
    }

    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException noOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime());
            } catch (DateTimeParseException noTime) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ClockProducer.SCHOOL_ZONE).toOffsetDateTime());
            }
        }
    }
}
