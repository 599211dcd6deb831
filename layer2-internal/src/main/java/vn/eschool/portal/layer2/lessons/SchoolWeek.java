package vn.eschool.portal.layer2.lessons;

import java.time.LocalDate;
import vn.eschool.portal.core.teaching.SchoolYear;

/** Week {@code number} of a school year, Monday {@code start} to Sunday; lesson repositories file by it. */
public record SchoolWeek(SchoolYear year, int number, LocalDate start) {

    public LocalDate end() {
        return start.plusDays(6);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }
}
