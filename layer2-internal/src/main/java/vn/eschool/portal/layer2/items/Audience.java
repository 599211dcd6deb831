package vn.eschool.portal.layer2.items;

import java.util.Set;

/** The audience of an item, by ids: {@code groupId} for a group, {@code people} for named people. */
public record Audience(AudienceKind kind, Long groupId, Set<Long> people) {

    public Audience {
        people = people == null ? Set.of() : Set.copyOf(people);
        if (kind == AudienceKind.GROUP && groupId == null) {
            throw new IllegalArgumentException("A group audience needs the group");
        }
        if (kind == AudienceKind.PEOPLE && people.isEmpty()) {
            throw new IllegalArgumentException("A people audience needs at least one person");
        }
    }

    public static Audience everyone() {
        return new Audience(AudienceKind.ALL, null, Set.of());
    }

    /** Whether a member of the school with this account and group is among the audience. */
    public boolean includes(long accountId, Long viewerGroupId) {
        return switch (kind) {
            case ALL -> true;
            case GROUP -> groupId.equals(viewerGroupId);
            case PEOPLE -> people.contains(accountId);
        };
    }
}
