package vn.eschool.portal.audit.rules;

import java.util.Set;
import vn.eschool.portal.core.account.Role;

/**
 * The portal's administration accounts are secured (8265: III.3.1, "Tài khoản quản trị cổng thông tin điện tử của
 * nhà trường được bảo mật"): every enabled account of the listed roles has two-factor sign-in on.
 *
 * @param roles       the roles that administer the portal (the board and the editors)
 * @param unsecured   deducted once when at least one such account is unsecured ("mỗi nội dung không đáp ứng")
 */
public record AdminAccountsMeasure(Set<Role> roles, FixedDeduction unsecured) implements Measure {

    public static final String KIND = "admin-accounts";

    public AdminAccountsMeasure {
        roles = Set.copyOf(roles);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
