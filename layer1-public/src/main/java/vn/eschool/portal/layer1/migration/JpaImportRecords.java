package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaImportRecords implements ImportRecords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Map<String, ImportedItem> imported(School school, String source) {
        Map<String, ImportedItem> byId = new HashMap<>();
        for (Object[] row : em.createQuery("select i.externalId, i from ImportedItem i where i.school = :school"
                + " and i.source = :source", Object[].class).setParameter("school", school)
                .setParameter("source", source).getResultList()) {
            byId.put((String) row[0], (ImportedItem) row[1]);
        }
        return byId;
    }

    @Override
    public void add(ImportedItem item) {
        em.persist(item);
    }

    @Override
    public List<String> oldPaths(School school) {
        return em.createQuery("select l.path from OldLink l where l.school = :school", String.class)
                .setParameter("school", school).getResultList();
    }

    @Override
    public Optional<ContentItem> redirectOf(String schoolCode, String path) {
        return em.createQuery("select l.post from OldLink l where l.school.code = :code and l.path = :path",
                ContentItem.class).setParameter("code", schoolCode).setParameter("path", path)
                .getResultStream().findFirst();
    }

    @Override
    public void add(OldLink link) {
        em.persist(link);
    }

    @Override
    public void add(PostFile file) {
        em.persist(file);
    }

    @Override
    public List<ContentItem> postsShowing(Attachment file) {
        return em.createQuery("select f.post from PostFile f where f.attachment = :file", ContentItem.class)
                .setParameter("file", file).getResultList();
    }
}
