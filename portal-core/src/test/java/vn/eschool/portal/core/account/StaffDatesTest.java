package vn.eschool.portal.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who counts for a month: on the roster and not on leave on at least half of its teaching days. */
class StaffDatesTest {

    /** November 2026's weekdays: 21 teaching days. */
    private static final List<LocalDate> NOVEMBER = YearMonth.of(2026, 11).atDay(1).datesUntil(LocalDate.of(2026, 12, 1))
            .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
    private static final StaffDates.Period SINCE_SEPTEMBER = new StaffDates.Period(LocalDate.of(2026, 9, 1), null);

    @Test
    void novemberHas21TeachingDays() {
        assertEquals(21, NOVEMBER.size());
    }

    @Test
    void aTeacherOnMaternityLeaveForTheMonthDoesNotCount() {
        StaffDates onLeave = new StaffDates(List.of(SINCE_SEPTEMBER),
                List.of(new StaffDates.Period(LocalDate.of(2026, 10, 15), LocalDate.of(2027, 3, 31))));

        assertFalse(onLeave.countsFor(NOVEMBER));
        assertTrue(new StaffDates(List.of(SINCE_SEPTEMBER), List.of()).countsFor(NOVEMBER));
    }

    /** Leave from Monday 16 November: 11 of 21 days away (more than half) → exempt; from Tuesday 17: 10 → counts. */
    @Test
    void aLeaveExemptsWhenItCoversMoreThanHalfOfTheTeachingDays() {
        assertFalse(new StaffDates(List.of(SINCE_SEPTEMBER), List.of(new StaffDates.Period(LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 12, 31)))).countsFor(NOVEMBER));
        assertTrue(new StaffDates(List.of(SINCE_SEPTEMBER), List.of(new StaffDates.Period(LocalDate.of(2026, 11, 17),
                LocalDate.of(2026, 12, 31)))).countsFor(NOVEMBER));
    }

    @Test
    void aPersonWhoLeftCountsInTheMonthsBeforeAndNotAfter() {
        StaffDates left = new StaffDates(List.of(new StaffDates.Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 6))), List.of());
        List<LocalDate> january = YearMonth.of(2027, 1).atDay(1).datesUntil(LocalDate.of(2027, 2, 1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).toList();

        assertTrue(left.countsFor(NOVEMBER));
        assertFalse(left.countsFor(january));
        assertFalse(left.countsFor(List.of()), "a month without teaching days counts nobody");
    }

    @Test
    void theSchoolYearStartsOnTheFirstOfSeptember() {
        assertEquals(LocalDate.of(2026, 9, 1), StaffDates.schoolYearStart(LocalDate.of(2026, 10, 20)));
        assertEquals(LocalDate.of(2025, 9, 1), StaffDates.schoolYearStart(LocalDate.of(2026, 8, 31)));
    }
}
