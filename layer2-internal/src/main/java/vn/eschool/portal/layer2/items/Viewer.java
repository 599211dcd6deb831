package vn.eschool.portal.layer2.items;

/**
 * Who is looking at Layer 2 items: staff see items addressed to them and their own; the school's admins and the
 * district's roles oversee the school and see every item.
 */
public record Viewer(long accountId, Long groupId, boolean overseer) {

    public boolean sees(Audience audience, Long authorId) {
        return overseer || Long.valueOf(accountId).equals(authorId) || audience.includes(accountId, groupId);
    }
}
