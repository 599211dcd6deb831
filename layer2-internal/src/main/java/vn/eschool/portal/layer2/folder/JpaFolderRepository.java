package vn.eschool.portal.layer2.folder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaFolderRepository implements FolderRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Folder> findBySchool(School school) {
        return em.createQuery("select f from Folder f where f.school = :school order by f.sortOrder, f.name",
                Folder.class).setParameter("school", school).getResultList();
    }

    @Override
    public Optional<Folder> findById(School school, long id) {
        return Optional.ofNullable(em.find(Folder.class, id)).filter(f -> f.school().id().equals(school.id()));
    }

    @Override
    public Optional<Folder> findLessons(School school, ProfessionalGroup group) {
        var query = em.createQuery("select f from Folder f where f.school = :school and f.kind = :kind and "
                        + (group == null ? "f.group is null" : "f.group = :group") + " order by f.id", Folder.class)
                .setParameter("school", school).setParameter("kind", FolderKind.LESSONS);
        if (group != null) {
            query.setParameter("group", group);
        }
        return query.getResultStream().findFirst();
    }

    @Override
    public Folder add(Folder folder) {
        em.persist(folder);
        return folder;
    }

    @Override
    public void remove(Folder folder) {
        em.remove(folder);
    }

    @Override
    public long countChildren(Folder folder) {
        return em.createQuery("select count(f) from Folder f where f.parent = :folder", Long.class)
                .setParameter("folder", folder).getSingleResult();
    }

    @Override
    public long countLiveItems(Folder folder) {
        return em.createQuery("select count(f) from Filing f where f.folder = :folder and f.item.status <> :deleted",
                        Long.class)
                .setParameter("folder", folder).setParameter("deleted", ContentStatus.DELETED).getSingleResult();
    }

    @Override
    public int refileItems(Folder folder) {
        return em.createQuery("update ContentItem c set c.category = :name where c.id in"
                        + " (select f.contentId from Filing f where f.folder = :folder)")
                .setParameter("name", folder.name()).setParameter("folder", folder).executeUpdate();
    }

    @Override
    public List<PrescribedFolder> prescribedFolders() {
        return em.createQuery("select p from PrescribedFolder p order by p.sortOrder, p.name", PrescribedFolder.class)
                .getResultList();
    }

    @Override
    public PrescribedFolder addPrescribed(PrescribedFolder folder) {
        em.persist(folder);
        return folder;
    }
}
