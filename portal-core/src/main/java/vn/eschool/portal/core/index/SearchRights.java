package vn.eschool.portal.core.index;

/**
 * What of a school's items the person searching may see: the public only its public items; a member of its staff
 * also the internal items addressed to them (all staff, their professional group, or them by name) and their own;
 * its overseers (the school's admin, the district's roles) every item.
 *
 * @param accountId the member's account (members only)
 * @param groupId   the member's professional group, or {@code null} if they have none (members only)
 */
public record SearchRights(Kind kind, long accountId, Long groupId) {

    public enum Kind { PUBLIC, MEMBER, OVERSEER }

    private static final SearchRights PUBLIC = new SearchRights(Kind.PUBLIC, 0, null);
    private static final SearchRights OVERSEER = new SearchRights(Kind.OVERSEER, 0, null);

    public static SearchRights publicOnly() {
        return PUBLIC;
    }

    public static SearchRights member(long accountId, Long groupId) {
        return new SearchRights(Kind.MEMBER, accountId, groupId);
    }

    public static SearchRights overseer() {
        return OVERSEER;
    }
}
