package vn.eschool.portal.audit.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A notable event of the month (khai giảng, hội khỏe Phù Đổng, chuyên đề...) and when the news
 * about it was published, if at all.
 */
public record ExpectedEvent(String name, LocalDate date, Optional<LocalDate> postedOn) {

    public ExpectedEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(postedOn, "postedOn");
    }

    public static ExpectedEvent posted(String name, LocalDate date, LocalDate postedOn) {
        return new ExpectedEvent(name, date, Optional.of(postedOn));
    }

    public static ExpectedEvent notPosted(String name, LocalDate date) {
        return new ExpectedEvent(name, date, Optional.empty());
    }
}
