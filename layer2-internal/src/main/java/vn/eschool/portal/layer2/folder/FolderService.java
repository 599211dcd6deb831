package vn.eschool.portal.layer2.folder;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.bootstrap.PortalReady;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * A school's folders: the prescribed ones and one lesson repository per professional group exist from the
 * first time anyone looks (and for every school at start-up); the school adds and manages its own.
 */
@ApplicationScoped
public class FolderService {

    static final String SHARED_LESSONS = "Kho bài giảng chung";

    @Inject
    FolderRepository folders;

    @Inject
    AccountRepository accounts;

    @Inject
    SchoolService schools;

    @Inject
    ActivityLog log;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** After the demo school is seeded (priority 100), so that it gets its folders too. */
    void onReady(@Observes @Priority(200) PortalReady ready, FolderService self) {
        self.ensureForAllSchools();
    }

    @Transactional
    public void ensureForAllSchools() {
        schools.all().forEach(this::ensureStructure);
    }

    @Transactional
    public List<Folder> of(School school) {
        ensureStructure(school);
        return folders.findBySchool(school);
    }

    @Transactional
    public Folder require(School school, long id) {
        return folders.findById(school, id).orElseThrow(() -> PortalException.notFound(
                "Không có ngăn thư mục này trong trường.", "No such folder in this school."));
    }

    /** The lesson repository (kho bài giảng) of the group, created on first use. */
    @Transactional
    public Folder lessonRepository(School school, ProfessionalGroup group) {
        return folders.findLessons(school, group).orElseGet(() -> folders.add(Folder.lessons(school, group,
                lessonRepositoryName(group), OffsetDateTime.now(clock))));
    }

    static String lessonRepositoryName(ProfessionalGroup group) {
        return group == null ? SHARED_LESSONS : "Kho bài giảng – " + group.name();
    }

    @Transactional
    public PrescribedFolder prescribe(String name) {
        String trimmed = name.strip();
        boolean exists = folders.prescribedFolders().stream().anyMatch(p -> sameName(p.name(), trimmed));
        if (exists) {
            throw PortalException.conflict("folder-exists", "Đã có ngăn thư mục quy định \"" + trimmed + "\".",
                    "The prescribed folder \"" + trimmed + "\" exists.");
        }
        int order = folders.prescribedFolders().stream().mapToInt(PrescribedFolder::sortOrder).max().orElse(0) + 10;
        PrescribedFolder prescribed = folders.addPrescribed(new PrescribedFolder(trimmed, order));
        ensureForAllSchools();
        log.record(null, "layer2.folder.prescribed", trimmed, null);
        return prescribed;
    }

    public List<PrescribedFolder> prescribed() {
        return folders.prescribedFolders();
    }

    @Transactional
    public Folder create(School school, AuthenticatedUser user, FolderRequest request) {
        List<Folder> all = of(school);
        Folder parent = request.parentId() == null ? null : require(school, request.parentId());
        if (parent != null && parent.kind() == FolderKind.LESSONS) {
            throw PortalException.badRequest("lessons-no-subfolders",
                    "Kho bài giảng xếp bài theo môn, lớp và tuần: không tạo ngăn thư mục con trong kho.",
                    "A lesson repository files lectures by subject, class and week: it has no sub-folders.");
        }
        String name = request.name().strip();
        refuseSiblingNamed(all, parent, name, null);
        int order = all.stream().filter(f -> f.parent() == parent).mapToInt(Folder::sortOrder).max().orElse(0) + 10;
        Folder folder = folders.add(Folder.own(school, parent, name, order, em.find(Account.class, user.accountId()),
                OffsetDateTime.now(clock)));
        log.record(school, "layer2.folder.created", name, parent == null ? null : parent.name());
        return folder;
    }

    @Transactional
    public Folder rename(School school, AuthenticatedUser user, boolean administers, long id, FolderRequest request) {
        Folder folder = requireManaged(school, user, administers, id);
        String name = request.name().strip();
        refuseSiblingNamed(folders.findBySchool(school), folder.parent(), name, folder);
        String old = folder.name();
        folder.rename(name);
        folders.refileItems(folder);
        log.record(school, "layer2.folder.renamed", name, old);
        return folder;
    }

    @Transactional
    public void delete(School school, AuthenticatedUser user, boolean administers, long id) {
        Folder folder = requireManaged(school, user, administers, id);
        long children = folders.countChildren(folder);
        long items = folders.countLiveItems(folder);
        if (children > 0 || items > 0) {
            throw PortalException.conflict("folder-not-empty",
                    "Ngăn thư mục \"" + folder.name() + "\" còn " + items + " mục và " + children
                            + " ngăn thư mục con: hãy xoá hoặc chuyển chúng đi trước.",
                    "The folder \"" + folder.name() + "\" still holds " + items + " item(s) and " + children
                            + " sub-folder(s): delete or move them first.");
        }
        folders.remove(folder);
        log.record(school, "layer2.folder.deleted", folder.name(), null);
    }

    /** Own folders only, by whoever made them or an admin of the school. */
    private Folder requireManaged(School school, AuthenticatedUser user, boolean administers, long id) {
        Folder folder = require(school, id);
        if (!folder.isOwn()) {
            throw PortalException.conflict("folder-prescribed",
                    "\"" + folder.name() + "\" là ngăn thư mục theo quy định: không đổi tên, không xoá được.",
                    "\"" + folder.name() + "\" is a prescribed folder: it cannot be renamed or deleted.");
        }
        boolean creator = folder.createdBy() != null && folder.createdBy().id().equals(user.accountId());
        if (!creator && !administers) {
            throw PortalException.forbidden();
        }
        return folder;
    }

    private void ensureStructure(School school) {
        List<Folder> existing = folders.findBySchool(school);
        Set<Long> present = existing.stream().map(Folder::prescribedAs).filter(Objects::nonNull)
                .map(PrescribedFolder::id).collect(Collectors.toSet());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PrescribedFolder definition : folders.prescribedFolders()) {
            if (present.contains(definition.id())) {
                continue;
            }
            existing.stream().filter(f -> f.parent() == null && f.isOwn() && sameName(f.name(), definition.name()))
                    .findFirst()
                    .ifPresentOrElse(f -> f.adoptAs(definition),
                            () -> folders.add(Folder.prescribed(school, definition, now)));
        }
        Set<Long> groupsWithRepository = existing.stream().filter(f -> f.group() != null)
                .map(f -> f.group().id()).collect(Collectors.toSet());
        accounts.groupsOf(school).stream().filter(g -> !groupsWithRepository.contains(g.id()))
                .forEach(g -> folders.add(Folder.lessons(school, g, lessonRepositoryName(g), now)));
    }

    private static void refuseSiblingNamed(List<Folder> all, Folder parent, String name, Folder self) {
        boolean taken = all.stream().filter(f -> f != self && f.parent() == parent)
                .anyMatch(f -> sameName(f.name(), name));
        if (taken) {
            throw PortalException.conflict("folder-exists", "Đã có ngăn thư mục \"" + name + "\" ở đây.",
                    "A folder \"" + name + "\" exists here.");
        }
    }

    private static boolean sameName(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
