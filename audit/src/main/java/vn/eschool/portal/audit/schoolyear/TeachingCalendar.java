package vn.eschool.portal.audit.schoolyear;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * A school year's teaching days: Monday to Friday from the first to the last day, less the Tết break. The audit
 * scores only months with at least one teaching day; the others (summer) are "not in session". Pure.
 *
 * @param tetFirst first day of the Tết break, null when the year has none recorded
 */
public record TeachingCalendar(SchoolYear year, LocalDate firstDay, LocalDate lastDay, LocalDate tetFirst,
                               LocalDate tetLast, Source source) {

    /** Where the dates come from. */
    public enum Source { SCHOOL, DISTRICT, BUILT_IN }

    /** Without any recorded dates: khai giảng on 5 September, the year closes on 31 May (June–August are summer). */
    public static TeachingCalendar builtIn(SchoolYear year) {
        return new TeachingCalendar(year, LocalDate.of(year.firstYear(), Month.SEPTEMBER, 5),
                LocalDate.of(year.firstYear() + 1, Month.MAY, 31), null, null, Source.BUILT_IN);
    }

    public TeachingCalendar {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(source, "source");
        if (!lastDay.isAfter(firstDay)) {
            throw new IllegalArgumentException("The last day comes after the first");
        }
        if ((tetFirst == null) != (tetLast == null) || (tetFirst != null && tetLast.isBefore(tetFirst))) {
            throw new IllegalArgumentException("A Tết break has a first and a last day, in that order");
        }
    }

    public boolean isTeachingDay(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay)
                && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && (tetFirst == null || day.isBefore(tetFirst) || day.isAfter(tetLast));
    }

    public List<LocalDate> teachingDays(YearMonth month) {
        return month.atDay(1).datesUntil(month.plusMonths(1).atDay(1)).filter(this::isTeachingDay).toList();
    }

    public boolean inSession(YearMonth month) {
        return !teachingDays(month).isEmpty();
    }
}
