package vn.eschool.portal.core.logbook;

import vn.eschool.portal.core.logbook.LogbookVerification.ChainBreak;

/**
 * Walks a logbook from sequence 1 in the order given (the caller reads it ordered by sequence) and stops
 * at the first break. Streams: it keeps only the previous entry, so a whole year fits.
 */
public final class LogbookVerifier {

    private LogbookVerifier() {
    }

    public static LogbookVerification verify(Iterable<LogbookEntry> entries) {
        long expectedSequence = LogbookChain.FIRST_SEQUENCE;
        String expectedPrevious = LogbookChain.GENESIS_HASH;
        long checked = 0;
        for (LogbookEntry entry : entries) {
            long sequence = entry.sequence();
            if (sequence > expectedSequence) {
                return LogbookVerification.broken(checked, expectedPrevious, ChainBreak.SEQUENCE_GAP, expectedSequence,
                        "Thiếu mục số " + expectedSequence + ": sau mục " + (expectedSequence - 1) + " là mục "
                                + sequence + " (mục đã bị xóa hoặc bị đảo thứ tự).",
                        "Entry " + expectedSequence + " is missing: entry " + (expectedSequence - 1)
                                + " is followed by entry " + sequence + " (entries deleted or moved).");
            }
            if (sequence < expectedSequence) {
                return LogbookVerification.broken(checked, expectedPrevious, ChainBreak.OUT_OF_ORDER, expectedSequence,
                        "Mục số " + sequence + " xuất hiện ở vị trí của mục " + expectedSequence
                                + " (mục bị lặp hoặc bị đảo thứ tự).",
                        "Entry " + sequence + " appears where entry " + expectedSequence
                                + " should be (entries duplicated or reordered).");
            }
            if (!entry.hashMatches()) {
                return LogbookVerification.broken(checked, expectedPrevious, ChainBreak.ALTERED_CONTENT, sequence,
                        "Nội dung mục số " + sequence + " đã bị sửa: không khớp với mã băm của nó.",
                        "Entry " + sequence + " was altered: its content does not match its hash.");
            }
            if (!expectedPrevious.equals(entry.previousHash())) {
                return LogbookVerification.broken(checked, expectedPrevious, ChainBreak.BROKEN_LINK, sequence,
                        "Mục số " + sequence + " không nối với mục trước nó (mã băm trước không khớp).",
                        "Entry " + sequence + " does not link to the entry before it (previous hash differs).");
            }
            checked++;
            expectedSequence = sequence + 1;
            expectedPrevious = entry.hash();
        }
        return LogbookVerification.intact(checked, expectedPrevious);
    }
}
