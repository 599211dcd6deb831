package vn.eschool.portal.core.logbook;

/**
 * The outcome of checking a logbook: intact, or the first sequence number where the chain breaks and why.
 * {@code headHash} is the hash of the last good entry: recorded elsewhere (a printed report, the monthly
 * self-assessment), it shows later whether someone rewrote the whole chain from some point on.
 */
public record LogbookVerification(long entriesChecked, String headHash, ChainBreak problem, Long brokenAt,
                                  String messageVi, String messageEn) {

    /** Why a chain is broken. */
    public enum ChainBreak {
        /** The entry's content no longer matches its own hash. */
        ALTERED_CONTENT,
        /** The entry's previous hash is not the hash of the entry before it. */
        BROKEN_LINK,
        /** Sequence numbers skip: entries were removed (or the next ones moved). */
        SEQUENCE_GAP,
        /** A sequence number repeats or goes back: entries were duplicated or reordered. */
        OUT_OF_ORDER
    }

    static LogbookVerification intact(long entriesChecked, String headHash) {
        return new LogbookVerification(entriesChecked, headHash, null, null,
                "Sổ nhật ký toàn vẹn (" + entriesChecked + " mục).",
                "The logbook is intact (" + entriesChecked + " entries).");
    }

    static LogbookVerification broken(long entriesChecked, String headHash, ChainBreak problem, long brokenAt,
                                      String messageVi, String messageEn) {
        return new LogbookVerification(entriesChecked, headHash, problem, brokenAt, messageVi, messageEn);
    }

    public boolean intact() {
        return problem == null;
    }
}
