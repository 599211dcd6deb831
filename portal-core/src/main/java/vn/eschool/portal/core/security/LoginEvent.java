package vn.eschool.portal.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One sign-in attempt, successful or not: the audit counts teachers' logins from these. */
@Entity
@Table(name = "login_event")
public class LoginEvent {

    public enum Outcome { SUCCESS, BAD_PASSWORD, BAD_SECOND_FACTOR, UNKNOWN_ACCOUNT, LOCKED, DISABLED }

    @Id
    @SequenceGenerator(name = "login_event_seq", sequenceName = "login_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_event_seq")
    private Long id;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(length = 64)
    private String ip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    protected LoginEvent() {
    }

    public LoginEvent(Long schoolId, Long accountId, String username, OffsetDateTime occurredAt, String ip,
                      Channel channel, Outcome outcome) {
        this.schoolId = schoolId;
        this.accountId = accountId;
        this.username = username;
        this.occurredAt = occurredAt;
        this.ip = ip;
        this.channel = channel;
        this.outcome = outcome;
    }

    public Long accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String ip() {
        return ip;
    }

    public Channel channel() {
        return channel;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean success() {
        return outcome == Outcome.SUCCESS;
    }
}
