package vn.eschool.portal.core.files;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.eschool.portal.core.account.Role;

/**
 * Who may read one item that uses a file, as the plugin keeping the item says: anyone (public, published, its
 * time has come), every member of the school, members with some roles (e.g. editors for a draft), one
 * professional group, named accounts. The school's overseers (its admin, the district's roles) are always
 * readers and need not be named ({@link FileAccess}).
 */
public record FileReaders(boolean everyone, boolean allMembers, Set<Role> roles, Set<Long> groups, Set<Long> accounts) {

    public FileReaders {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        groups = Set.copyOf(groups);
        accounts = Set.copyOf(accounts);
    }

    public static FileReaders anyone() {
        return new FileReaders(true, false, Set.of(), Set.of(), Set.of());
    }

    public static FileReaders members() {
        return new FileReaders(false, true, Set.of(), Set.of(), Set.of());
    }

    /** Only the school's overseers: e.g. the board's evidence files, a deleted internal document. */
    public static FileReaders overseers() {
        return new FileReaders(false, false, Set.of(), Set.of(), Set.of());
    }

    public static FileReaders roles(Role... roles) {
        return new FileReaders(false, false, Set.of(roles), Set.of(), Set.of());
    }

    public static FileReaders group(long groupId) {
        return new FileReaders(false, false, Set.of(), Set.of(groupId), Set.of());
    }

    /** Named accounts; null ids (e.g. an item without an author) are left out. */
    public static FileReaders accounts(Collection<Long> accountIds) {
        Set<Long> ids = new HashSet<>(accountIds);
        ids.remove(null);
        return new FileReaders(false, false, Set.of(), Set.of(), ids);
    }

    /** Everyone either lets read. */
    public FileReaders and(FileReaders other) {
        Set<Role> allRoles = new HashSet<>(roles);
        allRoles.addAll(other.roles);
        Set<Long> allGroups = new HashSet<>(groups);
        allGroups.addAll(other.groups);
        Set<Long> allAccounts = new HashSet<>(accounts);
        allAccounts.addAll(other.accounts);
        return new FileReaders(everyone || other.everyone, allMembers || other.allMembers, allRoles, allGroups,
                allAccounts);
    }
}
