package vn.eschool.portal.layer2.folder;

import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.school.School;

public interface FolderRepository {

    /** Ordered for display: prescribed folders first, then the school's own, then lesson repositories. */
    List<Folder> findBySchool(School school);

    Optional<Folder> findById(School school, long id);

    /** The lesson repository of {@code group}, or the school's shared one when {@code group} is null. */
    Optional<Folder> findLessons(School school, ProfessionalGroup group);

    Folder add(Folder folder);

    void remove(Folder folder);

    long countChildren(Folder folder);

    /** Items filed in the folder that are not deleted. */
    long countLiveItems(Folder folder);

    /** Keeps the items' category (the folder name that search and the audit show) in step with a rename. */
    int refileItems(Folder folder);

    List<PrescribedFolder> prescribedFolders();

    PrescribedFolder addPrescribed(PrescribedFolder folder);
}
