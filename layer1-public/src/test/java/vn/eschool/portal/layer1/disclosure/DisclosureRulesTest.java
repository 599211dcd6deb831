package vn.eschool.portal.layer1.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.layer1.disclosure.DisclosureRules.Publication;

class DisclosureRulesTest {

    private static final DisclosureRules RULES = new DisclosureRules(MonthDay.of(6, 30), 10, 5);
    private static final SchoolYear YEAR = new SchoolYear(2026);

    @Test
    void workingDaysSkipWeekends() {
        // Friday 6 Nov 2026 + 1 working day is Monday 9 Nov; + 10 is Friday 20 Nov.
        assertEquals(LocalDate.of(2026, 11, 9), WorkingDays.after(LocalDate.of(2026, 11, 6), 1));
        assertEquals(LocalDate.of(2026, 11, 20), WorkingDays.after(LocalDate.of(2026, 11, 6), 10));
        // A change on a Saturday: the ten days start on Monday and end on Friday of the following week.
        assertEquals(LocalDate.of(2026, 11, 20), WorkingDays.after(LocalDate.of(2026, 11, 7), 10));
        assertEquals(LocalDate.of(2026, 11, 7), WorkingDays.after(LocalDate.of(2026, 11, 7), 0));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 8)));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 9)));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.after(LocalDate.of(2026, 11, 9), -1));
    }

    @Test
    void schoolYearTurnsOnFirstJulyAndIsDueTheJuneBefore() {
        assertEquals(new SchoolYear(2025), DisclosureRules.yearOn(LocalDate.of(2026, 6, 30)));
        assertEquals(new SchoolYear(2026), DisclosureRules.yearOn(LocalDate.of(2026, 7, 1)));
        assertEquals(LocalDate.of(2026, 6, 30), RULES.due(YEAR));
        assertEquals(new SchoolYear(2021), RULES.oldestKept(LocalDate.of(2026, 11, 25)));
    }

    @Test
    void nothingPublishedIsMissingUntilTheDeadlineThenOverdue() {
        assertEquals(DisclosureStatus.MISSING, RULES.status(YEAR, List.of(), LocalDate.of(2026, 6, 30)));
        assertEquals(DisclosureStatus.OVERDUE, RULES.status(YEAR, List.of(), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void firstVersionOnTimeOrLate() {
        assertEquals(DisclosureStatus.PUBLISHED, RULES.status(YEAR,
                List.of(new Publication(1, LocalDate.of(2026, 6, 30), null)), LocalDate.of(2026, 11, 1)));
        assertEquals(DisclosureStatus.UPDATED_LATE, RULES.status(YEAR,
                List.of(new Publication(1, LocalDate.of(2026, 7, 1), null)), LocalDate.of(2026, 11, 1)));
        // Fees decided on Monday 3 Aug: publishing by 17 Aug (10 working days) is on time although after June.
        assertEquals(DisclosureStatus.PUBLISHED, RULES.status(YEAR,
                List.of(new Publication(1, LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 3))),
                LocalDate.of(2026, 11, 1)));
        assertEquals(DisclosureStatus.UPDATED_LATE, RULES.status(YEAR,
                List.of(new Publication(1, LocalDate.of(2026, 8, 18), LocalDate.of(2026, 8, 3))),
                LocalDate.of(2026, 11, 1)));
    }

    @Test
    void updatesAreDueTenWorkingDaysAfterTheChange() {
        Publication first = new Publication(1, LocalDate.of(2026, 6, 20), null);
        Publication onTime = new Publication(2, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 6));
        Publication late = new Publication(2, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 6));
        assertEquals(LocalDate.of(2026, 11, 20), RULES.deadline(YEAR, onTime));
        assertEquals(DisclosureStatus.PUBLISHED, RULES.status(YEAR, List.of(onTime, first), LocalDate.of(2026, 12, 1)));
        assertEquals(DisclosureStatus.UPDATED_LATE, RULES.status(YEAR, List.of(first, late), LocalDate.of(2026, 12, 1)));
        // An update without a change day counts from its own day: on time.
        assertEquals(DisclosureStatus.PUBLISHED, RULES.status(YEAR,
                List.of(first, new Publication(2, LocalDate.of(2027, 3, 2), null)), LocalDate.of(2027, 3, 2)));
    }
}
