package vn.eschool.portal.core.content;

import java.util.Set;

/**
 * Who among a school's staff an internal (Layer 2) item is addressed to, by ids: one professional group, named
 * accounts, or, when neither, all of the school's staff. Kept in the core so that search can apply it to any
 * plugin's items; its author and the school's overseers see the item whatever its audience.
 */
public record ItemAudience(Long groupId, Set<Long> accountIds) {

    private static final ItemAudience ALL_STAFF = new ItemAudience(null, Set.of());

    public ItemAudience {
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
    }

    public static ItemAudience allStaff() {
        return ALL_STAFF;
    }

    public boolean isAllStaff() {
        return groupId == null && accountIds.isEmpty();
    }
}
