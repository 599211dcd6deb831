package vn.eschool.portal.core.teaching;

import java.time.LocalDate;

/** Week {@code number} of a school year, Monday {@code start} to Sunday; lesson repositories file by it. */
public record SchoolWeek(SchoolYear year, int number, LocalDate start) {

    public LocalDate end() {
        return start.plusDays(6);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }
}
