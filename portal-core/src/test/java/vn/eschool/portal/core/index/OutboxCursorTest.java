package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxCursorTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void contiguousEventsMoveThePosition() {
        OutboxCursor cursor = new OutboxCursor(10, Duration.ofSeconds(60));
        cursor.applied(List.of(11L, 12L, 13L), 0);
        assertEquals(13, cursor.position());
        assertEquals(13, cursor.highestSeen());
        assertFalse(cursor.isNew(12));
        assertTrue(cursor.isNew(14));
    }

    @Test
    void aGapHoldsThePositionUntilItsEventArrives() {
        OutboxCursor cursor = new OutboxCursor(10, Duration.ofSeconds(60));
        cursor.applied(List.of(11L, 13L, 14L), 0);
        assertEquals(11, cursor.position(), "12 may still commit");
        assertEquals(14, cursor.highestSeen());
        assertEquals(List.of(12L), cursor.gaps(10));
        assertTrue(cursor.isNew(12));
        assertFalse(cursor.isNew(13));

        cursor.applied(List.of(12L), 5 * SECOND);
        assertEquals(14, cursor.position());
        assertEquals(List.of(), cursor.gaps(10));
    }

    @Test
    void aGapIsGivenUpAfterTheGrace() {
        OutboxCursor cursor = new OutboxCursor(0, Duration.ofSeconds(60));
        cursor.applied(List.of(1L, 3L, 5L), 0);
        cursor.applied(List.of(), 59 * SECOND);
        assertEquals(1, cursor.position());
        cursor.applied(List.of(), 60 * SECOND);
        assertEquals(5, cursor.position(), "2 and 4, missed since 0 s, are rolled back");
    }

    @Test
    void aRewindReplaysEverythingAfterIt() {
        OutboxCursor cursor = new OutboxCursor(0, Duration.ofSeconds(60));
        cursor.applied(List.of(1L, 2L, 3L), 0);
        cursor.rewind(1);
        assertTrue(cursor.isNew(2));
        assertEquals(1, cursor.highestSeen());
    }
}
