package vn.eschool.portal.core.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last entry of a scope's chain; locked while appending so two writers never extend the same entry. */
@Entity
@Table(name = "logbook_head")
public class LogbookHead {

    @Id
    @Column(length = 40)
    private String scope;

    @Column(name = "seq_no", nullable = false)
    private long sequence;

    @Column(nullable = false, length = 64)
    private String hash;

    protected LogbookHead() {
    }

    LogbookHead(String scope) {
        this.scope = scope;
        this.sequence = LogbookChain.FIRST_SEQUENCE - 1;
        this.hash = LogbookChain.GENESIS_HASH;
    }

    long sequence() {
        return sequence;
    }

    String hash() {
        return hash;
    }

    void advanceTo(LogbookEntry entry) {
        this.sequence = entry.sequence();
        this.hash = entry.hash();
    }
}
