package vn.eschool.portal.layer2.lessons;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaLectureRepository implements LectureRepository {

    /** The month a lecture counts for: its original date when migrated, else its publication. */
    private static final String IN_MONTH = " and ((c.originalDate is null and c.publishedAt >= :from"
            + " and c.publishedAt < :to) or (c.originalDate >= :from and c.originalDate < :to))";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<ContentItem> findDuplicate(School school, DuplicateLecture key) {
        return em.createQuery("select c from ContentItem c where c.school = :school and c.type = :type"
                        + " and c.author.id = :author and c.attachment.sha256 = :sha and c.status <> :deleted",
                        ContentItem.class)
                .setParameter("school", school).setParameter("type", ContentTypes.LECTURE)
                .setParameter("author", key.authorId()).setParameter("sha", key.sha256())
                .setParameter("deleted", ContentStatus.DELETED)
                .getResultStream().filter(key::matches).findFirst();
    }

    @Override
    public Optional<ContentItem> find(School school, long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id))
                .filter(c -> c.school().id().equals(school.id()) && ContentTypes.LECTURE.equals(c.type())
                        && c.status() != ContentStatus.DELETED);
    }

    @Override
    public List<ContentItem> search(School school, LectureQuery query, int limit) {
        Map<String, String> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, LectureFacts.SUBJECT, query.subject());
        putIfPresent(attributes, LectureFacts.GRADE, query.grade());
        putIfPresent(attributes, LectureFacts.CLASS_NAME, query.className());
        putIfPresent(attributes, LectureFacts.WEEK, query.week());
        StringBuilder jpql = new StringBuilder("select c from ContentItem c");
        for (int i = 0; i < attributes.size(); i++) {
            jpql.append(" join c.attributes a").append(i);
        }
        jpql.append(" where c.school = :school and c.type = :type and c.status = :published");
        for (int i = 0; i < attributes.size(); i++) {
            jpql.append(" and key(a").append(i).append(") = :name").append(i)
                    .append(" and value(a").append(i).append(") = :value").append(i);
        }
        if (query.author() != null) {
            jpql.append(" and c.author = :author");
        }
        if (query.month() != null) {
            jpql.append(IN_MONTH);
        }
        jpql.append(" order by c.publishedAt desc, c.id desc");
        TypedQuery<ContentItem> typed = em.createQuery(jpql.toString(), ContentItem.class)
                .setParameter("school", school).setParameter("type", ContentTypes.LECTURE)
                .setParameter("published", ContentStatus.PUBLISHED);
        int i = 0;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            typed.setParameter("name" + i, attribute.getKey()).setParameter("value" + i, attribute.getValue());
            i++;
        }
        if (query.author() != null) {
            typed.setParameter("author", query.author());
        }
        if (query.month() != null) {
            setMonth(typed, query.month());
        }
        return typed.setMaxResults(limit).getResultList();
    }

    @Override
    public long countInMonth(School school, Account author, YearMonth month) {
        TypedQuery<Long> query = em.createQuery("select count(c) from ContentItem c where c.school = :school"
                        + " and c.type = :type and c.status = :published and c.author = :author" + IN_MONTH, Long.class)
                .setParameter("school", school).setParameter("type", ContentTypes.LECTURE)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("author", author);
        setMonth(query, month);
        return query.getSingleResult();
    }

    private static void setMonth(TypedQuery<?> query, YearMonth month) {
        query.setParameter("from", start(month)).setParameter("to", start(month.plusMonths(1)));
    }

    private static OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
    }

    private static void putIfPresent(Map<String, String> attributes, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            attributes.put(name, value.toString().strip());
        }
    }
}
