package vn.eschool.portal.core.security;

import vn.eschool.portal.core.account.Role;

/** Who is making the current request, resolved from the bearer token or session cookie. */
public record AuthenticatedUser(long sessionId, long accountId, String username, String fullName, Role role,
                                Long schoolId, String schoolCode, Channel channel, String csrfToken,
                                boolean mustChangePassword, boolean mustEnrolTwoFactor) {

    static final String REQUEST_ATTRIBUTE = AuthenticatedUser.class.getName();

    public boolean isDistrict() {
        return role.isDistrict();
    }

    public String principalName() {
        return (schoolCode == null ? "" : schoolCode + "/") + username;
    }
}
