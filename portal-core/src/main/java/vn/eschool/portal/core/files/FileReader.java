package vn.eschool.portal.core.files;

import vn.eschool.portal.core.account.Role;

/** Who asks for a file: an account, its school (null for district roles), role and professional group. */
public record FileReader(long accountId, Long schoolId, Role role, Long groupId) {
}
