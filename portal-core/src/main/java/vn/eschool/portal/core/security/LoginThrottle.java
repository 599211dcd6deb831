package vn.eschool.portal.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.eschool.portal.core.account.LoginFailures;

/**
 * The failed sign-ins of one account from one source address: the lockout applies to that pair only, so a
 * stranger guessing from elsewhere cannot lock the owner out. Changed only under the account's row lock
 * ({@link LoginLedger}).
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @SequenceGenerator(name = "login_throttle_seq", sequenceName = "login_throttle_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_throttle_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 64)
    private String source;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start")
    private OffsetDateTime windowStart;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(long accountId, String source) {
        this.accountId = accountId;
        this.source = source;
    }

    LoginFailures failures() {
        return new LoginFailures(failures, windowStart, lockedUntil);
    }

    void record(LoginFailures state) {
        this.failures = state.count();
        this.windowStart = state.windowStart();
        this.lockedUntil = state.lockedUntil();
    }
}
