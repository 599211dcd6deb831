package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaPublicContent implements PublicContent {

    private static final String VISIBLE = " from ContentItem c where c.school = :school and c.type in :types"
            + " and c.status = :status and c.visibility = :visibility and c.publishedAt <= :now";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<ContentItem> latest(School school, Collection<String> types, String category, OffsetDateTime now,
                                    int offset, int limit) {
        String jpql = "select c" + VISIBLE + (category == null ? "" : " and c.category = :category")
                + " order by c.publishedAt desc, c.id desc";
        return bind(em.createQuery(jpql, ContentItem.class), school, types, category, now)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(School school, Collection<String> types, String category, OffsetDateTime now) {
        String jpql = "select count(c)" + VISIBLE + (category == null ? "" : " and c.category = :category");
        return bind(em.createQuery(jpql, Long.class), school, types, category, now).getSingleResult();
    }

    @Override
    public Optional<ContentItem> find(School school, String type, long id, OffsetDateTime now) {
        return Optional.ofNullable(em.find(ContentItem.class, id))
                .filter(c -> c.school().id().equals(school.id()) && c.type().equals(type)
                        && PublicContent.isVisible(c, now));
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, School school, Collection<String> types,
                                          String category, OffsetDateTime now) {
        query.setParameter("school", school).setParameter("types", types)
                .setParameter("status", ContentStatus.PUBLISHED).setParameter("visibility", Visibility.PUBLIC)
                .setParameter("now", now);
        if (category != null) {
            query.setParameter("category", category);
        }
        return query;
    }
}
