package vn.eschool.portal.layer1.stats;

import java.time.LocalDate;

/** What is counted: a school's visits of a day, and an item's reads of a day (schools by code). */
public final class CounterKeys {

    private CounterKeys() {
    }

    public record Visit(String school, LocalDate day) {
    }

    public record Read(String school, long contentId, LocalDate day) {
    }
}
