package vn.eschool.portal.layer1.album;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.school.School;

public interface AlbumRepository {

    /** Newest activity first. */
    List<Album> findBySchool(School school, int offset, int limit);

    long count(School school);

    Optional<Album> find(School school, long id);

    Album add(Album album);

    /** The album's published photos, in the order taken (then uploaded). */
    List<ContentItem> photos(Album album);

    /** How many published photos each album has. */
    Map<Long, Long> photoCounts(Collection<Album> albums);
}
