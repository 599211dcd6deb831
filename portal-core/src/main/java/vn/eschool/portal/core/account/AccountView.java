package vn.eschool.portal.core.account;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An account as the API shows it (never the password hash); {@code joinedOn} and {@code leftOn} are those of the
 * latest of its {@code roster} periods.
 */
public record AccountView(long id, String username, String fullName, Role role, String roleVi, String school,
                          String group, List<String> subjects, String position, String email, String phone,
                          boolean enabled, boolean mustChangePassword, boolean twoFactorEnabled,
                          OffsetDateTime lastLoginAt, boolean teaches, LocalDate joinedOn, LocalDate leftOn,
                          List<StaffDates.Period> roster) {

    public static AccountView of(Account a) {
        return new AccountView(a.id(), a.username(), a.fullName(), a.role(), a.role().labelVi(),
                a.school() == null ? null : a.school().code(), a.group() == null ? null : a.group().name(),
                a.subjects(), a.position(), a.email(), a.phone(), a.enabled(), a.mustChangePassword(),
                a.twoFactorEnabled(), a.lastLoginAt(), a.teaches(), latest(a).map(RosterPeriod::joinedOn).orElse(null),
                latest(a).map(RosterPeriod::leftOn).orElse(null), a.roster().stream().map(RosterPeriod::dates).toList());
    }

    private static Optional<RosterPeriod> latest(Account a) {
        List<RosterPeriod> roster = a.roster();
        return roster.isEmpty() ? Optional.empty() : Optional.of(roster.get(roster.size() - 1));
    }
}
