package vn.eschool.portal.layer1.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaPostRepository implements PostRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<ContentItem> find(School school, long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id))
                .filter(c -> c.school().id().equals(school.id()) && ContentTypes.NEWS.equals(c.type())
                        && c.status() != ContentStatus.DELETED);
    }

    @Override
    public List<ContentItem> list(School school, ContentStatus status, Long authorId, int offset, int limit) {
        // Two queries rather than ":status is null": PostgreSQL cannot type a null parameter.
        var query = em.createQuery("select c from ContentItem c where c.school = :school and c.type = :type"
                        + (status == null ? " and c.status <> :status" : " and c.status = :status")
                        + (authorId == null ? "" : " and c.author.id = :author")
                        + " order by c.createdAt desc, c.id desc", ContentItem.class)
                .setParameter("school", school).setParameter("type", ContentTypes.NEWS)
                .setParameter("status", status == null ? ContentStatus.DELETED : status);
        if (authorId != null) {
            query.setParameter("author", authorId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public ContentItem add(ContentItem post) {
        em.persist(post);
        return post;
    }

    @Override
    public int lastRevisionNumber(ContentItem post) {
        Integer last = em.createQuery("select max(r.number) from PostRevision r where r.post = :post", Integer.class)
                .setParameter("post", post).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public List<PostRevision> revisions(ContentItem post) {
        return em.createQuery("select r from PostRevision r where r.post = :post order by r.number desc",
                PostRevision.class).setParameter("post", post).getResultList();
    }

    @Override
    public Optional<PostRevision> revision(ContentItem post, int number) {
        return em.createQuery("select r from PostRevision r where r.post = :post and r.number = :number",
                        PostRevision.class).setParameter("post", post).setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public void add(PostRevision revision) {
        em.persist(revision);
    }

    @Override
    public List<WorkflowEvent> events(ContentItem post) {
        return em.createQuery("select e from WorkflowEvent e where e.post = :post order by e.happenedAt, e.id",
                WorkflowEvent.class).setParameter("post", post).getResultList();
    }

    @Override
    public void add(WorkflowEvent event) {
        em.persist(event);
    }
}
