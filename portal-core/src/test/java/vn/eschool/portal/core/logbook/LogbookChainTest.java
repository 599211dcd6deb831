package vn.eschool.portal.core.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.logbook.LogbookVerification.ChainBreak;

class LogbookChainTest {

    private static final Instant START = Instant.parse("2026-09-05T01:00:00Z");

    static List<LogbookEntry> chainOf(int length) {
        List<LogbookEntry> chain = new ArrayList<>();
        LogbookEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = LogbookChain.next(previous, new LogbookFields("th-ngoc-thuy", START.plusSeconds(60L * i),
                    "huongntt", "LECTURE_UPLOADED", "lecture/" + i, "Bài " + i + ": Phân số", "203.0.113." + i));
            chain.add(previous);
        }
        return chain;
    }

    @Test
    void entriesLinkFromTheGenesisHash() {
        List<LogbookEntry> chain = chainOf(3);
        assertEquals(1, chain.get(0).sequence());
        assertEquals(LogbookChain.GENESIS_HASH, chain.get(0).previousHash());
        assertEquals(chain.get(0).hash(), chain.get(1).previousHash());
        assertEquals(3, chain.get(2).sequence());
        assertTrue(chain.get(0).hash().matches("[0-9a-f]{64}"));
    }

    @Test
    void anIntactChainVerifies() {
        List<LogbookEntry> chain = chainOf(5);
        LogbookVerification result = LogbookVerifier.verify(chain);
        assertTrue(result.intact(), result.messageEn());
        assertEquals(5, result.entriesChecked());
        assertEquals(chain.get(4).hash(), result.headHash());
        assertNull(result.brokenAt());
        assertTrue(LogbookVerifier.verify(List.of()).intact());
    }

    @Test
    void anAlteredEntryIsNamed() {
        List<LogbookEntry> chain = chainOf(5);
        LogbookEntry original = chain.get(2);
        LogbookFields f = original.fields();
        chain.set(2, new LogbookEntry(original.sequence(), new LogbookFields(f.schoolCode(), f.time(),
                "admin", f.action(), f.target(), f.details(), f.ip()), original.previousHash(), original.hash()));

        LogbookVerification result = LogbookVerifier.verify(chain);
        assertFalse(result.intact());
        assertEquals(ChainBreak.ALTERED_CONTENT, result.problem());
        assertEquals(3L, result.brokenAt());
        assertEquals(2, result.entriesChecked());
        assertEquals(chain.get(1).hash(), result.headHash());
        assertEquals("Entry 3 was altered: its content does not match its hash.", result.messageEn());
    }

    @Test
    void anAlteredEntryWithARecomputedHashBreaksTheNextLink() {
        List<LogbookEntry> chain = chainOf(5);
        LogbookEntry original = chain.get(2);
        LogbookFields f = original.fields();
        LogbookFields forged = new LogbookFields(f.schoolCode(), f.time(), "admin", f.action(), f.target(),
                f.details(), f.ip());
        chain.set(2, new LogbookEntry(3, forged, original.previousHash(),
                LogbookCanonicalForm.hash(3, forged, original.previousHash())));

        LogbookVerification result = LogbookVerifier.verify(chain);
        assertEquals(ChainBreak.BROKEN_LINK, result.problem());
        assertEquals(4L, result.brokenAt());
    }

    @Test
    void aDeletedEntryLeavesAGap() {
        List<LogbookEntry> chain = chainOf(5);
        chain.remove(1);

        LogbookVerification result = LogbookVerifier.verify(chain);
        assertEquals(ChainBreak.SEQUENCE_GAP, result.problem());
        assertEquals(2L, result.brokenAt());
        assertEquals("Entry 2 is missing: entry 1 is followed by entry 3 (entries deleted or moved).",
                result.messageEn());
    }

    @Test
    void deletingTheFirstEntryIsAGapToo() {
        List<LogbookEntry> chain = chainOf(3);
        chain.remove(0);
        assertEquals(1L, LogbookVerifier.verify(chain).brokenAt());
    }

    @Test
    void aDeletedEntryWithRenumberedSuccessorsIsCaught() {
        List<LogbookEntry> chain = chainOf(4);
        chain.remove(1);
        LogbookEntry moved = chain.get(1);
        chain.set(1, new LogbookEntry(2, moved.fields(), moved.previousHash(), moved.hash()));

        LogbookVerification result = LogbookVerifier.verify(chain.subList(0, 2));
        assertEquals(ChainBreak.ALTERED_CONTENT, result.problem());
        assertEquals(2L, result.brokenAt());
    }

    @Test
    void reorderedEntriesAreCaughtWhereTheOrderFirstGoesWrong() {
        List<LogbookEntry> chain = chainOf(5);
        Collections.swap(chain, 2, 3);

        LogbookVerification result = LogbookVerifier.verify(chain);
        assertEquals(ChainBreak.SEQUENCE_GAP, result.problem());
        assertEquals(3L, result.brokenAt());
    }

    @Test
    void reorderedContentUnderTheOriginalNumbersIsCaught() {
        List<LogbookEntry> chain = chainOf(5);
        LogbookEntry third = chain.get(2);
        LogbookEntry fourth = chain.get(3);
        chain.set(2, new LogbookEntry(3, fourth.fields(), third.previousHash(), fourth.hash()));
        chain.set(3, new LogbookEntry(4, third.fields(), fourth.previousHash(), third.hash()));

        LogbookVerification result = LogbookVerifier.verify(chain);
        assertEquals(ChainBreak.ALTERED_CONTENT, result.problem());
        assertEquals(3L, result.brokenAt());
    }

    @Test
    void aRepeatedEntryIsOutOfOrder() {
        List<LogbookEntry> chain = chainOf(3);
        chain.add(2, chain.get(1));

        LogbookVerification result = LogbookVerifier.verify(chain);
        assertEquals(ChainBreak.OUT_OF_ORDER, result.problem());
        assertEquals(3L, result.brokenAt());
    }

    @Test
    void theCanonicalFormCannotBeShiftedBetweenFields() {
        Instant time = Instant.parse("2026-09-05T01:00:00Z");
        LogbookFields a = new LogbookFields("s", time, "ab", "c", null, null, null);
        LogbookFields b = new LogbookFields("s", time, "a", "bc", null, null, null);
        LogbookFields emptyTarget = new LogbookFields("s", time, "ab", "c", "", null, null);
        LogbookFields injected = new LogbookFields("s", time, "ab\naction:1:c", "c", null, null, null);
        String genesis = LogbookChain.GENESIS_HASH;
        assertNotEquals(LogbookCanonicalForm.of(1, a, genesis), LogbookCanonicalForm.of(1, b, genesis));
        assertNotEquals(LogbookCanonicalForm.of(1, a, genesis), LogbookCanonicalForm.of(1, emptyTarget, genesis));
        assertNotEquals(LogbookCanonicalForm.hash(1, a, genesis), LogbookCanonicalForm.hash(1, injected, genesis));
        assertEquals("""
                eschool-logbook-v1
                sequence:1:1
                school:1:s
                time:27:2026-09-05T01:00:00.000000Z
                actor:3:Hà
                action:1:c
                target:null
                details:0:
                ip:null
                previous:64:%s
                """.formatted(genesis),
                LogbookCanonicalForm.of(1, new LogbookFields("s", time, "Hà", "c", null, "", null), genesis));
    }

    @Test
    void timesAreKeptToTheMicrosecondTheDatabaseStores() {
        LogbookFields nanos = new LogbookFields("s", Instant.parse("2026-09-05T01:00:00.123456789Z"),
                null, "LOGIN", null, null, null);
        assertEquals(Instant.parse("2026-09-05T01:00:00.123456Z"), nanos.time());
    }
}
