package vn.eschool.portal.layer1.site;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.school.School;

/**
 * What anyone may see of a school: published, public items whose publication time has come (scheduled posts
 * appear by this check on read, no timer needed). Every list is paged, so pages stay cheap.
 */
public interface PublicContent {

    /** Newest first; {@code category} null for all categories. */
    List<ContentItem> latest(School school, Collection<String> types, String category, OffsetDateTime now,
                             int offset, int limit);

    long count(School school, Collection<String> types, String category, OffsetDateTime now);

    Optional<ContentItem> find(School school, String type, long id, OffsetDateTime now);

    static boolean isVisible(ContentItem item, OffsetDateTime now) {
        return item.isPublicAt(now);
    }
}
