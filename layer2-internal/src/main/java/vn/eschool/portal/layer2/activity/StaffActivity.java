package vn.eschool.portal.layer2.activity;

import vn.eschool.portal.core.account.Role;

/** One account's month: whether and how often it signed in, and how often it opened Layer 2. */
public record StaffActivity(String username, String fullName, Role role, String roleVi, String group,
                            boolean hasSignedIn, long logins, long layer2Visits) {
}
