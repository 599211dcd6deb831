package vn.eschool.portal.audit.scoring;

import vn.eschool.portal.core.account.Role;

/** An enabled account of the school that may administer the portal, and whether it signs in with two factors. */
public record AdminAccount(String username, String fullName, Role role, boolean twoFactor) {
}
