package vn.eschool.portal.layer1.album;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaAlbumRepository implements AlbumRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Album> findBySchool(School school, int offset, int limit) {
        return em.createQuery("select a from Album a where a.school = :school order by a.activityDate desc, a.id desc",
                        Album.class).setParameter("school", school).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(School school) {
        return em.createQuery("select count(a) from Album a where a.school = :school", Long.class)
                .setParameter("school", school).getSingleResult();
    }

    @Override
    public Optional<Album> find(School school, long id) {
        return Optional.ofNullable(em.find(Album.class, id)).filter(a -> a.school().id().equals(school.id()));
    }

    @Override
    public Album add(Album album) {
        em.persist(album);
        return album;
    }

    @Override
    public List<ContentItem> photos(Album album) {
        return em.createQuery("select c from ContentItem c join c.attributes a where c.school = :school"
                        + " and c.type = :type and c.status = :published and key(a) = :name and value(a) = :album"
                        + " order by c.id", ContentItem.class)
                .setParameter("school", album.school()).setParameter("type", ContentTypes.PHOTO)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("name", Album.PHOTO_ATTRIBUTE)
                .setParameter("album", String.valueOf(album.id())).getResultList();
    }

    @Override
    public Map<Long, Long> photoCounts(Collection<Album> albums) {
        Map<Long, Long> counts = new HashMap<>();
        if (albums.isEmpty()) {
            return counts;
        }
        List<String> ids = albums.stream().map(a -> String.valueOf(a.id())).toList();
        // One album id per photo, counted here: EclipseLink does not group by a map value reliably.
        em.createQuery("select value(a) from ContentItem c join c.attributes a where c.type = :type"
                        + " and c.status = :published and key(a) = :name and value(a) in :ids", String.class)
                .setParameter("type", ContentTypes.PHOTO).setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("name", Album.PHOTO_ATTRIBUTE).setParameter("ids", ids).getResultList()
                .forEach(album -> counts.merge(Long.valueOf(album), 1L, Long::sum));
        return counts;
    }
}
