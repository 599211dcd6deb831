package vn.eschool.portal.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.eschool.portal.core.account.Account;

/** A signed-in session (browser cookie or API token); the token itself is never stored, only its hash. */
@Entity
@Table(name = "auth_session")
public class AuthSession {

    @Id
    @SequenceGenerator(name = "auth_session_seq", sequenceName = "auth_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auth_session_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "csrf_token", nullable = false, length = 64)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(length = 64)
    private String ip;

    protected AuthSession() {
    }

    AuthSession(String tokenHash, Account account, Channel channel, String csrfToken, OffsetDateTime createdAt,
                OffsetDateTime expiresAt, String ip) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.channel = channel;
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.ip = ip;
    }

    public long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Channel channel() {
        return channel;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }
}
