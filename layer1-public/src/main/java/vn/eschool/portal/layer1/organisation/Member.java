package vn.eschool.portal.layer1.organisation;

import java.util.List;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.Role;

/**
 * One person as the organisation page shows them: the account's name, position, group and subjects, and only
 * the published part of the profile. {@code photoUrl} null when there is no photo.
 */
public record Member(String username, String name, String position, Role role, String group, String subjects,
                     String duties, String email, String phone, String photoUrl, int displayOrder) {

    static Member of(Account a, OrganisationProfile profile) {
        String photoUrl = profile == null || profile.photo() == null ? null
                : "/schools/" + a.school().code() + "/to-chuc/anh/" + a.username();
        return new Member(a.username(), a.fullName(), a.position(), a.role(),
                a.group() == null ? null : a.group().name(), String.join(", ", a.subjects()),
                profile == null ? null : profile.duties(), profile == null ? null : profile.publicEmail(),
                profile == null ? null : profile.publicPhone(), photoUrl,
                profile == null ? 0 : profile.displayOrder());
    }

    /** Principal, deputies, group heads, their deputies, then everyone else. */
    int rank() {
        String p = position == null ? "" : position;
        if (p.startsWith("Hiệu trưởng")) {
            return 0;
        }
        if (p.startsWith("Phó")) {
            return 1;
        }
        if (p.startsWith("Tổ trưởng")) {
            return 2;
        }
        return p.startsWith("Tổ phó") ? 3 : 4;
    }

    boolean heads() {
        return rank() == 2;
    }
}
