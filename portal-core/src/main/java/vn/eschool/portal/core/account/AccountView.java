package vn.eschool.portal.core.account;

import java.time.OffsetDateTime;
import java.util.List;

/** An account as the API shows it (never the password hash). */
public record AccountView(long id, String username, String fullName, Role role, String roleVi, String school,
                          String group, List<String> subjects, String position, String email, String phone,
                          boolean enabled, boolean mustChangePassword, boolean twoFactorEnabled,
                          OffsetDateTime lastLoginAt) {

    public static AccountView of(Account a) {
        return new AccountView(a.id(), a.username(), a.fullName(), a.role(), a.role().labelVi(),
                a.school() == null ? null : a.school().code(), a.group() == null ? null : a.group().name(),
                a.subjects(), a.position(), a.email(), a.phone(), a.enabled(), a.mustChangePassword(),
                a.twoFactorEnabled(), a.lastLoginAt());
    }
}
