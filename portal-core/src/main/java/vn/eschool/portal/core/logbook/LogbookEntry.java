package vn.eschool.portal.core.logbook;

/**
 * One link of the logbook's hash chain: {@code hash} seals the fields, the sequence number and
 * {@code previousHash}, so changing, removing or reordering an entry breaks the chain after it.
 * Created by {@link LogbookChain#next}; read back from storage with the canonical constructor.
 */
public record LogbookEntry(long sequence, LogbookFields fields, String previousHash, String hash) {

    /** Whether {@code hash} still matches the content: false once any field was altered. */
    public boolean hashMatches() {
        return LogbookCanonicalForm.hash(sequence, fields, previousHash).equals(hash);
    }
}
