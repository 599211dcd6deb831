package vn.eschool.portal.core.files;

import java.util.List;
import vn.eschool.portal.core.account.Role;

/**
 * The one rule for reading a file: whoever may read an item that uses it. Public, published items whose time has
 * come let anyone read; internal ones their audience and author; the school's overseers (its admin and the
 * district's roles) read every file in use. A file no item uses is read only by its uploader and the admins
 * (the school's and the district's). The uploader always reads what they sent. Pure: unit-tested.
 */
public final class FileAccess {

    private FileAccess() {
    }

    /**
     * @param reader     who asks, or null for an anonymous visitor
     * @param schoolId   the school the file belongs to
     * @param uploaderId who uploaded it (null when unknown)
     * @param uses       who may read each item using the file, from every plugin
     */
    public static boolean mayRead(FileReader reader, long schoolId, Long uploaderId, List<FileReaders> uses) {
        if (uses.stream().anyMatch(FileReaders::everyone)) {
            return true;
        }
        if (reader == null) {
            return false;
        }
        if (reader.role() == Role.DISTRICT_ADMIN || (reader.role().isDistrict() && !uses.isEmpty())) {
            return true;
        }
        boolean member = reader.schoolId() != null && reader.schoolId() == schoolId;
        if (!member) {
            return false;
        }
        if (reader.role() == Role.SCHOOL_ADMIN || Long.valueOf(reader.accountId()).equals(uploaderId)) {
            return true;
        }
        return uses.stream().anyMatch(use -> use.allMembers() || use.roles().contains(reader.role())
                || use.accounts().contains(reader.accountId())
                || (reader.groupId() != null && use.groups().contains(reader.groupId())));
    }
}
