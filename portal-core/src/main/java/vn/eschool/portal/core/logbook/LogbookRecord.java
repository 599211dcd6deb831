package vn.eschool.portal.core.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A stored logbook entry: append-only, each row hashing the previous one of the same scope. */
@Entity
@Table(name = "logbook_entry")
public class LogbookRecord {

    @Id
    @SequenceGenerator(name = "logbook_entry_seq", sequenceName = "logbook_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "logbook_entry_seq")
    private Long id;

    /** School code, or the district scope. */
    @Column(nullable = false, length = 40)
    private String scope;

    @Column(name = "seq_no", nullable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(length = 100)
    private String actor;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(length = 300)
    private String target;

    @Column(length = 2000)
    private String details;

    @Column(length = 64)
    private String ip;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    /** The school code the entry was hashed under, when the school was imported under another code. */
    @Column(name = "hashed_scope", length = 40)
    private String hashedScope;

    protected LogbookRecord() {
    }

    LogbookRecord(LogbookEntry entry) {
        LogbookFields f = entry.fields();
        this.scope = f.schoolCode();
        this.sequence = entry.sequence();
        this.occurredAt = OffsetDateTime.ofInstant(f.time(), ZoneOffset.UTC);
        this.actor = f.actor();
        this.action = f.action();
        this.target = f.target();
        this.details = f.details();
        this.ip = f.ip();
        this.previousHash = entry.previousHash();
        this.hash = entry.hash();
    }

    public LogbookEntry toEntry() {
        return new LogbookEntry(sequence, new LogbookFields(hashedScope != null ? hashedScope : scope,
                occurredAt.toInstant(), actor, action, target, details, ip), previousHash, hash);
    }
}
