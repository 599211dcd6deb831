package vn.eschool.portal.layer2.staff;

import java.time.LocalDate;
import java.util.List;
import vn.eschool.portal.core.account.NewAccount;
import vn.eschool.portal.core.account.Role;

/** One person of the staff list as understood; a field that could not be read is {@code null}. */
public record StaffMember(String username, String fullName, LocalDate dateOfBirth, Role role, String position,
                          String group, List<String> subjects, String email, String phone) {

    public StaffMember {
        subjects = List.copyOf(subjects);
    }

    /** The account to create, with a generated one-time initial password. */
    public NewAccount toNewAccount() {
        return new NewAccount(username, fullName, role, null, group, subjects, position, email, phone);
    }
}
