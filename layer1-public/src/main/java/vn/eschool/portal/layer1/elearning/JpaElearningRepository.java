package vn.eschool.portal.layer1.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaElearningRepository implements ElearningRepository {

    private static final String SHARED = " where c.school = :school and c.type = :type and c.status = :published"
            + " and c.visibility = :public";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<ContentItem> shared(School school, String subject, Integer grade, int offset, int limit) {
        return query("select c", " order by c.publishedAt desc, c.id desc", ContentItem.class, school, subject, grade)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countShared(School school, String subject, Integer grade) {
        return query("select count(c)", "", Long.class, school, subject, grade).getSingleResult();
    }

    @Override
    public List<String> sharedValues(School school, String attribute) {
        return em.createQuery("select distinct value(a) from ContentItem c join c.attributes a" + SHARED
                        + " and key(a) = :name", String.class)
                .setParameter("school", school).setParameter("type", ContentTypes.LECTURE)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("public", Visibility.PUBLIC)
                .setParameter("name", attribute).getResultList().stream().sorted().toList();
    }

    @Override
    public Optional<ContentItem> find(School school, long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id))
                .filter(c -> c.school().id().equals(school.id()) && ContentTypes.LECTURE.equals(c.type())
                        && c.status() == ContentStatus.PUBLISHED);
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, School school, String subject,
                                    Integer grade) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (subject != null && !subject.isBlank()) {
            attributes.put(LectureFacts.SUBJECT, subject.strip());
        }
        if (grade != null) {
            attributes.put(LectureFacts.GRADE, grade.toString());
        }
        StringBuilder jpql = new StringBuilder(select).append(" from ContentItem c");
        for (int i = 0; i < attributes.size(); i++) {
            jpql.append(" join c.attributes a").append(i);
        }
        jpql.append(SHARED);
        for (int i = 0; i < attributes.size(); i++) {
            jpql.append(" and key(a").append(i).append(") = :name").append(i)
                    .append(" and value(a").append(i).append(") = :value").append(i);
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type)
                .setParameter("school", school).setParameter("type", ContentTypes.LECTURE)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("public", Visibility.PUBLIC);
        int i = 0;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            typed.setParameter("name" + i, attribute.getKey()).setParameter("value" + i, attribute.getValue());
            i++;
        }
        return typed;
    }
}
