package vn.eschool.portal.core.account;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * When a person was on the school's staff and away from it: their roster periods and leaves. Pure.
 * A person counts for a month when they were on the roster and not on leave on at least half of the month's
 * teaching days: a teacher who joined on the 25th, left on the 3rd, or was on maternity leave for most of the
 * month is not charged for that month.
 */
public record StaffDates(List<Period> roster, List<Period> leaves) {

    /** Days from {@code first} to {@code last}, both included; {@code last} null is open-ended. */
    public record Period(LocalDate first, LocalDate last) {

        public Period {
            Objects.requireNonNull(first, "first");
            if (last != null && last.isBefore(first)) {
                throw new IllegalArgumentException("A period ends on or after its first day: " + first + " – " + last);
            }
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && (last == null || !day.isAfter(last));
        }
    }

    public StaffDates {
        roster = List.copyOf(roster);
        leaves = List.copyOf(leaves);
    }

    /** 1 September of the school year the day belongs to (a day in August belongs to the year that ends then). */
    public static LocalDate schoolYearStart(LocalDate day) {
        int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    public boolean onRoster(LocalDate day) {
        return roster.stream().anyMatch(period -> period.contains(day));
    }

    public boolean onLeave(LocalDate day) {
        return leaves.stream().anyMatch(period -> period.contains(day));
    }

    /** Whether the person counts for a month whose teaching days are given (none: nobody counts). */
    public boolean countsFor(Collection<LocalDate> teachingDays) {
        long available = teachingDays.stream().filter(day -> onRoster(day) && !onLeave(day)).count();
        return !teachingDays.isEmpty() && 2 * available >= teachingDays.size();
    }
}
