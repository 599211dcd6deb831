package vn.eschool.portal.core.teaching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Week numbers of the Vietnamese school year. Week 1 starts on the Monday of the week (Monday to Sunday)
 * that contains the opening day, by default 5 September (ngày khai giảng); a district that opens on
 * another day passes its own. A school year runs from its week 1 to the day before the next year's week 1,
 * so the summer holiday closes the old year with high week numbers rather than opening the new one early.
 */
public final class SchoolCalendar {

    public static final MonthDay DEFAULT_OPENING_DAY = MonthDay.of(9, 5);

    /** The numbering lesson repositories file material by, and the audit's II.2.2 weeks read. */
    public static final SchoolCalendar LESSON_WEEKS = new SchoolCalendar();

    private final MonthDay openingDay;

    public SchoolCalendar() {
        this(DEFAULT_OPENING_DAY);
    }

    public SchoolCalendar(MonthDay openingDay) {
        this.openingDay = openingDay;
    }

    public MonthDay openingDay() {
        return openingDay;
    }

    public SchoolYear schoolYearOf(LocalDate date) {
        SchoolYear sameCalendarYear = new SchoolYear(date.getYear());
        return date.isBefore(firstMonday(sameCalendarYear)) ? new SchoolYear(date.getYear() - 1) : sameCalendarYear;
    }

    public SchoolWeek weekOf(LocalDate date) {
        SchoolYear year = schoolYearOf(date);
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int number = (int) ChronoUnit.WEEKS.between(firstMonday(year), monday) + 1;
        return new SchoolWeek(year, number, monday);
    }

    /** The Monday that starts {@code week} (1-based) of {@code year}. */
    public LocalDate weekStart(SchoolYear year, int week) {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("School year " + year + " has weeks 1 to " + weeksIn(year)
                    + ", not " + week);
        }
        return firstMonday(year).plusWeeks(week - 1L);
    }

    public int weeksIn(SchoolYear year) {
        return (int) ChronoUnit.WEEKS.between(firstMonday(year), firstMonday(year.next()));
    }

    private LocalDate firstMonday(SchoolYear year) {
        return openingDay.atYear(year.firstYear()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
