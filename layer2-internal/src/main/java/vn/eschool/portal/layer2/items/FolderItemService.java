package vn.eschool.portal.layer2.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.FilePermissions;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.SchoolCalendar;
import vn.eschool.portal.core.teaching.TeachingPlanService;
import vn.eschool.portal.layer2.folder.Folder;
import vn.eschool.portal.layer2.folder.FolderKind;
import vn.eschool.portal.layer2.folder.FolderService;
import vn.eschool.portal.layer2.lessons.LectureWeek;
import vn.eschool.portal.core.files.Upload;

/**
 * Internal news and management documents filed in folders, each for its audience. Deleting marks the item
 * DELETED: internal documents are records the inspection may ask for.
 */
@ApplicationScoped
public class FolderItemService {

    private static final Set<String> TYPES = Set.of(ContentTypes.INTERNAL_NEWS,
            ContentTypes.INTERNAL_DOCUMENT);
    private static final int MAX_LISTED = 200;

    @Inject
    FilingRepository filings;

    @Inject
    FolderService folders;

    @Inject
    AccountRepository accounts;

    @Inject
    FileService files;

    @Inject
    FilePermissions permissions;

    @Inject
    ActivityLog log;

    @Inject
    Clock clock;

    @Inject
    TeachingPlanService plans;

    @Inject
    Access access;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The viewer as Layer 2 sees them: their group decides group audiences. */
    public Viewer viewer(AuthenticatedUser user, boolean overseer) {
        Account account = em.find(Account.class, user.accountId());
        ProfessionalGroup group = account == null ? null : account.group();
        return new Viewer(user.accountId(), group == null ? null : group.id(), overseer);
    }

    @Transactional
    public List<Filing> visibleIn(School school, long folderId, Viewer viewer) {
        Folder folder = folders.require(school, folderId);
        return filings.inFolder(folder).stream().filter(f -> sees(viewer, f)).limit(MAX_LISTED).toList();
    }

    @Transactional
    public List<Filing> latestNews(School school, Viewer viewer, int count) {
        // Some of the newest may be addressed to others: look a little further back than what is shown.
        return filings.latest(school, ContentTypes.INTERNAL_NEWS, count * 5).stream()
                .filter(f -> sees(viewer, f)).limit(count).toList();
    }

    /** An item of the folder the viewer may see; one they may not see does not exist for them. */
    @Transactional
    public Filing require(School school, long folderId, long itemId, Viewer viewer) {
        return filings.find(school, itemId)
                .filter(f -> f.folder().id() == folderId && f.item().status() != ContentStatus.DELETED)
                .filter(f -> sees(viewer, f))
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy mục này.", "Item not found."));
    }

    /** @param upload the file sent with the request, or null to use {@code request.attachmentId()} */
    @Transactional
    public Filing create(School school, AuthenticatedUser user, long folderId, ItemRequest request, Upload upload) {
        Folder folder = folders.require(school, folderId);
        String type = request.type() == null || request.type().isBlank() ? ContentTypes.INTERNAL_DOCUMENT
                : request.type().strip();
        if (!TYPES.contains(type)) {
            throw PortalException.badRequest("invalid-type", "Loại mục phải là INTERNAL_NEWS hoặc INTERNAL_DOCUMENT.",
                    "The type must be INTERNAL_NEWS or INTERNAL_DOCUMENT.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<LectureFacts> material = learningMaterial(school, user, folder.kind() == FolderKind.LESSONS, type,
                request, now);
        Account author = em.find(Account.class, user.accountId());
        ContentItem item = new ContentItem(school, type, folder.name(), request.title().strip(), author,
                Visibility.INTERNAL, now);
        write(school, item, request, upload, author);
        material.ifPresent(item::recordLectureFacts);
        item.publish(now);
        em.persist(item);
        Filing filing = filings.add(new Filing(item, folder));
        address(school, filing, request);
        log.record(school, "layer2.item.created", String.valueOf(item.id()), item.title());
        return filing;
    }

    /**
     * The class and subject a document names, checked against the teaching plan as an e-lecture's are (a school
     * admin may name any declared pair, a teacher only their own), with the school week it counts in. A lesson
     * repository holds e-lectures (uploaded as lectures) and learning material, so its documents must name them.
     */
    private Optional<LectureFacts> learningMaterial(School school, AuthenticatedUser user, boolean lessons, String type,
                                                    ItemRequest request, OffsetDateTime now) {
        String subject = blankToNull(request.subject());
        String className = blankToNull(request.className());
        if (subject == null && className == null && !lessons) {
            return Optional.empty();
        }
        if (subject == null || className == null || !type.equals(ContentTypes.INTERNAL_DOCUMENT)) {
            throw PortalException.badRequest("class-subject-required", lessons
                            ? "Kho tư liệu bài giảng nhận bài giảng (qua mục Bài giảng) và tài liệu học có môn và lớp: hãy chọn môn và lớp."
                            : "Tài liệu học cần cả môn và lớp.",
                    lessons ? "A lesson repository takes lectures (as lectures) and learning material naming a subject and class."
                            : "Learning material names both a subject and a class.");
        }
        Optional<TeachingPlanService.Taught> taught = plans.requireTaught(school, now, user.username(),
                access.administers(user, school), subject, className);
        return Optional.of(new LectureFacts(taught.map(TeachingPlanService.Taught::subject).orElse(subject),
                taught.map(TeachingPlanService.Taught::grade).orElse(null),
                taught.map(TeachingPlanService.Taught::className).orElse(className),
                LectureWeek.of(SchoolCalendar.LESSON_WEEKS, now, null).number(), List.of()));
    }

    @Transactional
    public Filing update(School school, long folderId, long itemId, Viewer viewer, ItemRequest request,
                         Upload upload) {
        Filing filing = requireEditable(school, folderId, itemId, viewer);
        write(school, filing.item(), request, upload, em.find(Account.class, viewer.accountId()));
        address(school, filing, request);
        log.record(school, "layer2.item.updated", String.valueOf(itemId), request.title());
        return filing;
    }

    @Transactional
    public void delete(School school, long folderId, long itemId, Viewer viewer) {
        Filing filing = requireEditable(school, folderId, itemId, viewer);
        filing.item().moveTo(ContentStatus.DELETED);
        log.record(school, "layer2.item.deleted", String.valueOf(itemId), filing.item().title());
    }

    /** Its author or an admin of the school; others who can see it may only read it. */
    private Filing requireEditable(School school, long folderId, long itemId, Viewer viewer) {
        Filing filing = require(school, folderId, itemId, viewer);
        Account author = filing.item().author();
        boolean isAuthor = author != null && author.id() == viewer.accountId();
        if (!isAuthor && !viewer.overseer()) {
            throw PortalException.forbidden();
        }
        return filing;
    }

    private void write(School school, ContentItem item, ItemRequest request, Upload upload, Account uploader) {
        item.write(request.title().strip(), blankToNull(request.summary()), blankToNull(request.body()));
        if (upload != null) {
            item.attach(files.upload(school, uploader, upload.filename(), upload.content()));
        } else if (request.attachmentId() != null) {
            item.attach(permissions.readable(school, request.attachmentId()).orElseThrow(() -> PortalException.badRequest(
                    "file-not-found", "Không tìm thấy tệp đính kèm trong tệp của trường.",
                    "The attachment is not among the school's files.")));
        }
    }

    private void address(School school, Filing filing, ItemRequest request) {
        AudienceKind kind = request.audience() != null ? request.audience()
                : request.people() != null && !request.people().isEmpty() ? AudienceKind.PEOPLE
                : request.group() != null && !request.group().isBlank() ? AudienceKind.GROUP : AudienceKind.ALL;
        ProfessionalGroup group = null;
        Set<Account> people = new HashSet<>();
        if (kind == AudienceKind.GROUP) {
            String name = request.group() == null ? "" : request.group().strip();
            group = accounts.findGroup(school, name).orElseThrow(() -> PortalException.badRequest("unknown-group",
                    "Không có tổ chuyên môn \"" + name + "\" trong trường.",
                    "No professional group \"" + name + "\" in this school."));
        } else if (kind == AudienceKind.PEOPLE) {
            if (request.people() == null || request.people().isEmpty()) {
                throw PortalException.badRequest("audience-empty", "Hãy chọn ít nhất một người nhận.",
                        "Choose at least one person.");
            }
            for (String username : request.people()) {
                people.add(accounts.findByLogin(school, username).orElseThrow(() -> PortalException.badRequest(
                        "unknown-person", "Không có tài khoản \"" + username + "\" trong trường.",
                        "No account \"" + username + "\" in this school.")));
            }
        }
        filing.addressTo(kind, group, people);
    }

    private static boolean sees(Viewer viewer, Filing filing) {
        Account author = filing.item().author();
        return viewer.sees(filing.audience(), author == null ? null : author.id());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
