package vn.eschool.portal.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SchoolMonthTest {

    @Test
    void lastMinuteOfTheMonthInHanoiBelongsToThatMonth() {
        OffsetDateTime lateOnThe31st = OffsetDateTime.parse("2026-10-31T23:59:00+07:00");
        assertEquals("2026-10-31T16:59:00Z", lateOnThe31st.toInstant().toString());
        assertEquals(YearMonth.of(2026, 10), SchoolMonth.of(lateOnThe31st));
    }

    @Test
    void earlyOnTheFirstInHanoiIsTheNewMonthThoughUtcIsStillInTheOldOne() {
        Instant justAfterMidnightLocal = Instant.parse("2026-10-31T17:00:00Z");
        assertEquals(YearMonth.of(2026, 11), SchoolMonth.of(justAfterMidnightLocal));
        assertEquals(YearMonth.of(2026, 10), SchoolMonth.of(Instant.parse("2026-10-31T16:59:59.999Z")));
    }

    @Test
    void anOffsetOtherThanHanoisIsConvertedFirst() {
        assertEquals(YearMonth.of(2027, 1), SchoolMonth.of(OffsetDateTime.parse("2026-12-31T18:30:00Z")));
    }
}
