package vn.eschool.portal.layer1.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.site.PublicContent;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Category> findBySchool(School school) {
        return em.createQuery("select c from Category c where c.school = :school order by c.sortOrder, c.name",
                Category.class).setParameter("school", school).getResultList();
    }

    @Override
    public Optional<Category> findById(School school, long id) {
        return Optional.ofNullable(em.find(Category.class, id)).filter(c -> c.school().id().equals(school.id()));
    }

    @Override
    public Optional<Category> findBySlug(School school, String slug) {
        return em.createQuery("select c from Category c where c.school = :school and c.slug = :slug", Category.class)
                .setParameter("school", school).setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public Category add(Category category) {
        em.persist(category);
        return category;
    }

    @Override
    public int refileItems(School school, String oldName, String newName) {
        return em.createQuery("update ContentItem c set c.category = :newName"
                        + " where c.school = :school and c.category = :oldName and c.type in :types")
                .setParameter("newName", newName).setParameter("school", school).setParameter("oldName", oldName).setParameter("types", PublicContent.CATEGORISED_TYPES)
                .executeUpdate();
    }
}
