package vn.eschool.portal.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.rest.DateParams;
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
        if (school != null) {
            account.joinRoster(StaffDates.schoolYearStart(today()));
        }
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
        if (changes.teaches() != null) {
            if (changes.teaches() && !account.mayTeach()) {
                throw PortalException.badRequest("does-not-teach", "Vai trò " + account.role().labelVi()
                        + " không dạy học: chỉ giáo viên, ban giám hiệu và ban biên tập có thể đánh dấu \"teaches\".",
                        "Role " + account.role() + " does not teach: only teachers, the board and editors may.");
            }
            account.setTeaches(changes.teaches());
        }
        if (changes.joinedOn() != null || changes.leftOn() != null) {
            redate(account, DateParams.day(changes.joinedOn(), "joinedOn"), changes.leftOn());
        }
        log.record(school, "account.updated", username, changes.teaches() == null ? null : "teaches=" + changes.teaches());
        return account;
    }

    /** Changes the latest roster period; it may not start before the previous one ended. */
    private void redate(Account account, LocalDate joinedOn, String leftOnText) {
        List<RosterPeriod> periods = account.roster();
        if (periods.isEmpty()) {
            throw PortalException.badRequest("not-on-roster", "Tài khoản cấp phòng không có ngày vào, ra trường.",
                    "District accounts have no roster dates.");
        }
        RosterPeriod latest = periods.get(periods.size() - 1);
        LocalDate joined = joinedOn == null ? latest.joinedOn() : joinedOn;
        LocalDate left = leftOnText == null ? latest.leftOn() : DateParams.day(leftOnText, "leftOn");
        if (left != null && left.isBefore(joined)) {
            throw PortalException.badRequest("left-before-joined", "Ngày rời trường (" + left + ") trước ngày vào ("
                    + joined + ").", "leftOn (" + left + ") is before joinedOn (" + joined + ").");
        }
        if (left == null && !account.enabled()) {
            throw PortalException.badRequest("disabled-needs-left-on", "Tài khoản đã khoá: hãy mở lại tài khoản thay vì xoá ngày rời trường.",
                    "The account is disabled: enable it instead of clearing leftOn.");
        }
        if (periods.size() > 1) {
            LocalDate previousEnd = periods.get(periods.size() - 2).leftOn();
            if (!joined.isAfter(previousEnd)) {
                throw PortalException.badRequest("roster-overlap", "Ngày vào (" + joined + ") phải sau ngày rời trường của lần trước ("
                        + previousEnd + ").", "joinedOn (" + joined + ") must be after the previous period's leftOn (" + previousEnd + ").");
            }
        }
        latest.redate(joined, left);
    }

    /**
     * Disabled, never deleted: what the person wrote stays attributed to them. Disabling signs them out everywhere
     * (no session comes back when the account is enabled again) and ends their roster period that day; enabling lifts
     * every lockout and starts a new period.
     */
    @Transactional
    public Account setEnabled(School school, String username, boolean enabled) {
        Account account = require(school, username);
        if (enabled) {
            if (!account.enabled()) {
                account.enable();
                startRosterPeriod(account);
            }
            ledger.clearFailures(account.id());
        } else if (account.enabled()) {
            account.disable();
            sessions.revokeAll(account.id());
            account.roster().stream().filter(RosterPeriod::open).forEach(period -> period.leave(today()));
        }
        log.record(school, enabled ? "account.enabled" : "account.disabled", username, null);
        return account;
    }

    /** Enabled again: a new roster period from today, or the last one reopened when it ended today. */
    private void startRosterPeriod(Account account) {
        List<RosterPeriod> periods = account.roster();
        RosterPeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null && !last.open() && last.leftOn().equals(today())) {
            last.leave(null);
        } else if (last == null || !last.open()) {
            account.joinRoster(today());
        }
    }

    public StaffDates datesOf(Account account) {
        return new StaffDates(account.roster().stream().map(RosterPeriod::dates).toList(),
                accounts.leavesOf(account).stream().map(StaffLeave::dates).toList());
    }

    /** Roster periods and leaves of every account of the school, by account id. */
    public Map<Long, StaffDates> staffDates(School school) {
        Map<Long, List<StaffDates.Period>> roster = new HashMap<>();
        Map<Long, List<StaffDates.Period>> leaves = new HashMap<>();
        accounts.rosterOf(school).forEach(p -> roster.computeIfAbsent(p.account().id(), id -> new ArrayList<>()).add(p.dates()));
        accounts.leavesOf(school).forEach(l -> leaves.computeIfAbsent(l.account().id(), id -> new ArrayList<>()).add(l.dates()));
        Map<Long, StaffDates> dates = new HashMap<>();
        accounts.findBySchool(school).forEach(a -> dates.put(a.id(),
                new StaffDates(roster.getOrDefault(a.id(), List.of()), leaves.getOrDefault(a.id(), List.of()))));
        return dates;
    }

    public List<StaffLeave> leavesOf(Account account) {
        return accounts.leavesOf(account);
    }

    public List<StaffLeave> leavesOf(School school) {
        return accounts.leavesOf(school);
    }

    @Transactional
    public StaffLeave addLeave(School school, String username, LeaveRequest request) {
        Account account = require(school, username);
        LocalDate first = DateParams.day(request.firstDay(), "firstDay");
        LocalDate last = DateParams.day(request.lastDay(), "lastDay");
        if (first == null || last == null || request.reason() == null) {
            throw PortalException.badRequest("leave-incomplete", "Kỳ nghỉ cần ngày bắt đầu (firstDay), ngày kết thúc (lastDay) và lý do (reason).",
                    "A leave needs firstDay, lastDay and reason.");
        }
        if (last.isBefore(first)) {
            throw PortalException.badRequest("leave-ends-before-start", "Ngày kết thúc (" + last + ") trước ngày bắt đầu (" + first + ").",
                    "lastDay (" + last + ") is before firstDay (" + first + ").");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        StaffLeave leave = accounts.addLeave(new StaffLeave(account, first, last, request.reason(), note, OffsetDateTime.now(clock)));
        log.record(school, "account.leave-added", username, request.reason() + " " + first + " – " + last);
        return leave;
    }

    @Transactional
    public void removeLeave(School school, String username, long leaveId) {
        Account account = require(school, username);
        StaffLeave leave = accounts.leavesOf(account).stream().filter(l -> l.id() == leaveId).findFirst()
                .orElseThrow(() -> PortalException.notFound("Không có kỳ nghỉ " + leaveId + " của \"" + username + "\".",
                        "No leave " + leaveId + " of \"" + username + "\"."));
        accounts.removeLeave(leave);
        log.record(school, "account.leave-removed", username, leave.reason() + " " + leave.firstDay() + " – " + leave.lastDay());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE));
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
