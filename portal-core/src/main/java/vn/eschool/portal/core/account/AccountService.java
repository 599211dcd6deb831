package vn.eschool.portal.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.LoginLedger;
import vn.eschool.portal.core.security.PasswordHasher;
import vn.eschool.portal.core.security.SecureTokens;
import vn.eschool.portal.core.security.SessionStore;

/** Creates accounts and professional groups. */
@ApplicationScoped
public class AccountService {

    /** The new account, and the one-time password to hand over when none was chosen. */
    public record Created(Account account, String initialPassword) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    ActivityLog log;

    @Inject
    SessionStore sessions;

    @Inject
    LoginLedger ledger;

    @Transactional
    public Created create(School school, NewAccount request) {
        String username = Account.normaliseUsername(request.username());
        if (username == null || !Account.USERNAME_PATTERN.matcher(username).matches()) {
            throw PortalException.badRequest("invalid-username",
                    "Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.",
                    "A username has 3–60 lower-case letters, digits, dots, underscores or dashes.");
        }
        if (request.role().isDistrict() != (school == null)) {
            throw PortalException.badRequest("invalid-role",
                    "Vai trò " + request.role() + " không dùng được cho tài khoản này.",
                    "Role " + request.role() + " does not fit this account.");
        }
        if (accounts.findByLogin(school, username).isPresent()) {
            throw PortalException.conflict("username-taken", "Tên đăng nhập \"" + username + "\" đã có.",
                    "The username \"" + username + "\" is taken.");
        }
        boolean generated = request.password() == null || request.password().isEmpty();
        String password = generated ? SecureTokens.newInitialPassword() : request.password();
        Account account = new Account(school, username, request.fullName().trim(), request.role(),
                hasher.hash(password), OffsetDateTime.now(clock));
        account.changePassword(account.passwordHash(), generated);
        account.assignTo(groupNamed(school, request.group()), request.subjects());
        account.describe(request.position(), request.email(), request.phone());
        accounts.add(account);
        log.record(school, "account.created", username, account.role().name());
        return new Created(account, generated ? password : null);
    }

    /** Creates the group on first use: schools name their groups themselves. */
    @Transactional
    public ProfessionalGroup groupNamed(School school, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (school == null) {
            throw PortalException.badRequest("group-needs-school", "Tài khoản cấp phòng không thuộc tổ chuyên môn.",
                    "District accounts have no professional group.");
        }
        String trimmed = name.trim();
        return accounts.findGroup(school, trimmed).orElseGet(() -> accounts.addGroup(new ProfessionalGroup(school,
                trimmed)));
    }

    @Transactional
    public Account update(School school, String username, AccountChanges changes) {
        Account account = require(school, username);
        if (changes.fullName() != null && !changes.fullName().isBlank()) {
            account.rename(changes.fullName().trim());
        }
        account.assignTo(groupNamed(school, changes.group()), changes.subjects());
        account.describe(changes.position(), changes.email(), changes.phone());
        log.record(school, "account.updated", username, null);
        return account;
    }

    /**
     * Disabled, never deleted: what the person wrote stays attributed to them. Disabling signs them out everywhere
     * (no session comes back when the account is enabled again); enabling also lifts every lockout.
     */
    @Transactional
    public Account setEnabled(School school, String username, boolean enabled) {
        Account account = require(school, username);
        if (enabled) {
            account.enable();
            ledger.clearFailures(account.id());
        } else {
            account.disable();
            sessions.revokeAll(account.id());
        }
        log.record(school, enabled ? "account.enabled" : "account.disabled", username, null);
        return account;
    }

    /** A new one-time password the person must change at the next sign-in; every session of theirs ends. */
    @Transactional
    public String resetPassword(School school, String username) {
        Account account = require(school, username);
        String password = SecureTokens.newInitialPassword();
        account.changePassword(hasher.hash(password), true);
        sessions.revokeAll(account.id());
        log.record(school, "account.password-reset", username, null);
        return password;
    }

    /**
     * The session that makes the change ({@code sessionId}) stays signed in, as it proved the current password;
     * every other session and token of the account ends, so whoever knew the old password is signed out.
     */
    @Transactional
    public void changeOwnPassword(long accountId, long sessionId, String currentPassword, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow(() -> PortalException.unauthorized(
                "Tài khoản không còn tồn tại.", "The account no longer exists."));
        if (!hasher.matches(currentPassword, account.passwordHash())) {
            throw PortalException.badRequest("wrong-current-password", "Mật khẩu hiện tại không đúng.",
                    "The current password is wrong.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw PortalException.badRequest("same-password", "Mật khẩu mới phải khác mật khẩu cũ.",
                    "The new password must differ from the old one.");
        }
        account.changePassword(hasher.hash(newPassword), false);
        sessions.revokeAllBut(accountId, sessionId);
    }

    public Account require(School school, String username) {
        return accounts.findByLogin(school, username).orElseThrow(() -> PortalException.notFound(
                "Không có tài khoản \"" + username + "\" trong trường này.",
                "No account \"" + username + "\" in this school."));
    }

    public List<Account> of(School school) {
        return accounts.findBySchool(school);
    }

    public List<Account> ofDistrict() {
        return accounts.findDistrictAccounts();
    }
}
