package vn.eschool.portal.layer1.site;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.school.School;

/**
 * What anyone may see of a school: published, public items whose publication time has come (scheduled posts
 * appear by this check on read, no timer needed). Every list is paged, so pages stay cheap.
 */
public interface PublicContent {

    /** The types filed under the public site's categories. */
    List<String> CATEGORISED_TYPES = List.of(ContentTypes.NEWS, ContentTypes.DOCUMENT);
    /**
     * The types whose file anyone may download once the item is published and public; e-lectures are Layer 2's,
     * those their teacher shares (visibility PUBLIC) form the public e-learning repository (kho học liệu điện tử).
     */
    List<String> PUBLIC_FILE_TYPES = List.of(ContentTypes.NEWS, ContentTypes.DOCUMENT, ContentTypes.PHOTO,
            ContentTypes.LECTURE);

    /** Newest first; {@code category} null for all categories. */
    List<ContentItem> latest(School school, Collection<String> types, String category, OffsetDateTime now,
                             int offset, int limit);

    long count(School school, Collection<String> types, String category, OffsetDateTime now);

    Optional<ContentItem> find(School school, String type, long id, OffsetDateTime now);

    static boolean isVisible(ContentItem item, OffsetDateTime now) {
        return item.isPublicAt(now);
    }
}
