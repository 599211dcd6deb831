package vn.eschool.portal.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    private static LoginFailures failTimes(LoginFailures start, int times, OffsetDateTime at, long secondsApart) {
        LoginFailures state = start;
        for (int i = 0; i < times; i++) {
            state = state.afterFailureAt(at.plusSeconds(i * secondsApart));
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginFailures state = failTimes(LoginFailures.NONE, 4, T0, 10);
        assertFalse(state.lockedAt(T0.plusSeconds(40)));
        assertEquals(4, state.count());
    }

    @Test
    void theFifthFailureWithinFiveMinutesLocksForFifteenMinutes() {
        LoginFailures state = failTimes(LoginFailures.NONE, 5, T0, 60);
        OffsetDateTime fifth = T0.plusSeconds(240);
        assertTrue(state.lockedAt(fifth));
        assertTrue(state.lockedAt(fifth.plusMinutes(14).plusSeconds(59)));
        assertFalse(state.lockedAt(fifth.plusMinutes(15)));
    }

    @Test
    void failuresSpreadBeyondTheWindowStartANewCount() {
        LoginFailures state = failTimes(LoginFailures.NONE, 4, T0, 10);
        LoginFailures later = state.afterFailureAt(T0.plusMinutes(5).plusSeconds(1));
        assertEquals(1, later.count());
        assertFalse(later.lockedAt(T0.plusMinutes(5).plusSeconds(1)));
    }

    @Test
    void afterTheLockExpiresCountingStartsAfresh() {
        LoginFailures locked = failTimes(LoginFailures.NONE, 5, T0, 1);
        OffsetDateTime afterLock = T0.plusMinutes(20);
        LoginFailures next = locked.afterFailureAt(afterLock);
        assertFalse(next.lockedAt(afterLock));
        assertEquals(1, next.count());
    }
}
