package vn.eschool.portal.audit.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the event calendar: a district default ({@code schoolId} null) or a school's own line, which adds
 * an event or replaces a district one ({@code replacesId}; {@code cancelled}: the school does not hold it).
 *
 * @param year the one year the event falls in, or {@code null} for every year (e.g. 20/11)
 */
public record CalendarEntry(long id, Long schoolId, Long replacesId, String name, int month, int day, Integer year,
                            String searchText, boolean cancelled) {

    public CalendarEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(searchText, "searchText");
        if (!validDate(month, day, year)) {
            throw new IllegalArgumentException("No such day: " + day + "/" + month + (year == null ? "" : "/" + year));
        }
    }

    /** Whether day/month (of {@code year}, or of some year when {@code year} is null) is a real date. */
    public static boolean validDate(int month, int day, Integer year) {
        try {
            if (year == null) {
                MonthDay.of(month, day);
            } else {
                LocalDate.of(year, month, day);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public boolean isDistrictDefault() {
        return schoolId == null;
    }

    /** The date of the event in {@code calendarYear}; empty for another year's one-off or 29/2 of a common year. */
    public Optional<LocalDate> dateIn(int calendarYear) {
        if (year != null && year != calendarYear) {
            return Optional.empty();
        }
        MonthDay monthDay = MonthDay.of(month, day);
        return monthDay.isValidYear(calendarYear) ? Optional.of(monthDay.atYear(calendarYear)) : Optional.empty();
    }
}
