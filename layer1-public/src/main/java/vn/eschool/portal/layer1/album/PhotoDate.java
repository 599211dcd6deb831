package vn.eschool.portal.layer1.album;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a photo was taken, from its EXIF DateTimeOriginal as the extraction reports it. A camera's clock has no
 * time zone, so the date is kept as the local time it shows; a value that does carry an offset is turned into
 * the school's local time. Anything unreadable (or a camera left at 0000:00:00) is no date at all.
 */
public final class PhotoDate {

    private static final DateTimeFormatter EXIF = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

    private PhotoDate() {
    }

    public static Optional<LocalDateTime> parse(String value, ZoneId schoolZone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return plausible(LocalDateTime.parse(text));
        } catch (DateTimeParseException notLocal) {
            // try the other forms
        }
        try {
            return plausible(OffsetDateTime.parse(text).atZoneSameInstant(schoolZone).toLocalDateTime());
        } catch (DateTimeParseException notOffset) {
            // try the raw EXIF form
        }
        try {
            return plausible(LocalDateTime.parse(text, EXIF));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Cameras with a flat clock battery say 1970 or 2000; nothing before photography on the school site. */
    private static Optional<LocalDateTime> plausible(LocalDateTime taken) {
        return taken.getYear() < 1990 ? Optional.empty() : Optional.of(taken);
    }
}
