package vn.eschool.portal.layer1.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanProgressTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 15);

    @Test
    void aPublishedPostFulfilsTheTopicEvenAfterTheDeadline() {
        assertEquals(PlanProgress.DONE, PlanProgress.of(DEADLINE, Optional.of(DEADLINE.minusDays(2)), DEADLINE));
        assertEquals(PlanProgress.DONE, PlanProgress.of(DEADLINE, Optional.of(DEADLINE.plusDays(3)),
                DEADLINE.plusDays(10)));
    }

    @Test
    void theDeadlineIsTheLastDayAllowed() {
        assertEquals(PlanProgress.OPEN, PlanProgress.of(DEADLINE, Optional.empty(), DEADLINE.minusDays(5)));
        assertEquals(PlanProgress.OPEN, PlanProgress.of(DEADLINE, Optional.empty(), DEADLINE));
        assertEquals(PlanProgress.LATE, PlanProgress.of(DEADLINE, Optional.empty(), DEADLINE.plusDays(1)));
    }

    @Test
    void theSummaryCountsEachProgressAndTheShareDone() {
        PlanProgress.Summary summary = PlanProgress.Summary.of(List.of(PlanProgress.DONE, PlanProgress.LATE,
                PlanProgress.OPEN, PlanProgress.DONE, PlanProgress.OPEN, PlanProgress.OPEN));
        assertEquals(new PlanProgress.Summary(2, 1, 3, 33), summary);
        assertEquals(new PlanProgress.Summary(0, 0, 0, 0), PlanProgress.Summary.of(List.of()));
    }
}
