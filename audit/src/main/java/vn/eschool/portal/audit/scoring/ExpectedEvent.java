package vn.eschool.portal.audit.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notable event of the month (khai giảng, hội khỏe Phù Đổng, chuyên đề...) and the days news about it was
 * published, before it (announcements) as well as after.
 */
public record ExpectedEvent(String name, LocalDate date, List<LocalDate> newsDays) {

    public ExpectedEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        newsDays = newsDays.stream().sorted().toList();
    }

    public static ExpectedEvent posted(String name, LocalDate date, LocalDate... newsDays) {
        return new ExpectedEvent(name, date, List.of(newsDays));
    }

    public static ExpectedEvent notPosted(String name, LocalDate date) {
        return new ExpectedEvent(name, date, List.of());
    }

    /** The first news on the event's day or after: what reports it. */
    public Optional<LocalDate> coveredOn() {
        return newsDays.stream().filter(day -> !day.isBefore(date)).findFirst();
    }

    /** The last news before the event: an announcement, not coverage. */
    public Optional<LocalDate> lastAnnouncement() {
        return newsDays.stream().filter(day -> day.isBefore(date)).reduce((first, second) -> second);
    }
}
