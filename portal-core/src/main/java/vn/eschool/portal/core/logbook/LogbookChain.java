package vn.eschool.portal.core.logbook;

/** Appends to the chain: the first entry has sequence 1 and links to {@link #GENESIS_HASH}. */
public final class LogbookChain {

    public static final long FIRST_SEQUENCE = 1;
    public static final String GENESIS_HASH = "0".repeat(64);

    private LogbookChain() {
    }

    /**
     * The entry that follows {@code previous} ({@code null} for the first one). The caller appends it
     * under a lock or a unique (school, sequence) key, so that two writers cannot both extend one entry.
     */
    public static LogbookEntry next(LogbookEntry previous, LogbookFields fields) {
        return previous == null ? after(FIRST_SEQUENCE - 1, GENESIS_HASH, fields)
                : after(previous.sequence(), previous.hash(), fields);
    }

    /** The entry that follows the one numbered {@code previousSequence} with hash {@code previousHash}. */
    public static LogbookEntry after(long previousSequence, String previousHash, LogbookFields fields) {
        long sequence = previousSequence + 1;
        return new LogbookEntry(sequence, fields, previousHash,
                LogbookCanonicalForm.hash(sequence, fields, previousHash));
    }
}
