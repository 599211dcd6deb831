package vn.eschool.portal.layer1.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FilePermissions;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.category.CategoryService;
import vn.eschool.portal.layer1.site.PublicContent;

/** News posts through the editorial workflow; every save is a revision and every step is logged. */
@ApplicationScoped
public class PostService {

    static final String TAGS = "tags";
    public static final int PAGE_SIZE = 20;

    @Inject
    PostRepository posts;

    @Inject
    PublicContent publicContent;

    @Inject
    CategoryService categories;

    @Inject
    FileService files;

    @Inject
    FilePermissions permissions;

    @Inject
    BodyImages images;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public static boolean isScheduled(ContentItem post, OffsetDateTime now) {
        return post.status() == ContentStatus.PUBLISHED && post.publishedAt() != null
                && post.publishedAt().isAfter(now);
    }

    /** Editors and the district see every state; anyone else only what the public site shows. */
    @Transactional
    public List<PostView> list(School school, boolean seesUnpublished, ContentStatus status, int page) {
        OffsetDateTime now = now();
        int offset = PageParam.offset(page, PAGE_SIZE);
        List<ContentItem> found = seesUnpublished ? posts.list(school, status, null, offset, PAGE_SIZE)
                : publicContent.latest(school, List.of(ContentTypes.NEWS), null, now, offset, PAGE_SIZE);
        return found.stream().map(p -> PostView.of(p, now, null)).toList();
    }

    /** The posts {@code author} wrote, in any state, newest first. */
    @Transactional
    public List<PostView> writtenBy(School school, AuthenticatedUser author, ContentStatus status, int page) {
        OffsetDateTime now = now();
        return posts.list(school, status, author.accountId(), PageParam.offset(page, PAGE_SIZE), PAGE_SIZE).stream()
                .map(p -> PostView.of(p, now, null)).toList();
    }

    @Transactional
    public PostView view(School school, long id, boolean seesUnpublished) {
        OffsetDateTime now = now();
        ContentItem post = seesUnpublished ? require(school, id)
                : publicContent.find(school, ContentTypes.NEWS, id, now).orElseThrow(PostService::notFound);
        return PostView.of(post, now, seesUnpublished ? posts.events(post) : null);
    }

    @Transactional
    public PostView create(School school, AuthenticatedUser user, PostRequest request) {
        OffsetDateTime now = now();
        Account author = em.find(Account.class, user.accountId());
        Category category = categories.require(school, request.categoryId());
        ContentItem post = new ContentItem(school, ContentTypes.NEWS, category.name(), request.title().strip(),
                author, Visibility.PUBLIC, now);
        write(school, post, category, request);
        posts.add(post);
        posts.add(new PostRevision(post, 1, author, now));
        posts.add(new WorkflowEvent(post, EditorialAction.CREATE, null, post.status(), author, null, now));
        return PostView.of(post, now, posts.events(post));
    }

    @Transactional
    public PostView update(School school, AuthenticatedUser user, long id, PostRequest request) {
        ContentItem post = require(school, id);
        EditorialWorkflow.after(post.status(), EditorialAction.EDIT, isBoard(user));
        Category category = categories.require(school, request.categoryId());
        write(school, post, category, request);
        return saved(post, user, EditorialAction.EDIT, null);
    }

    /** Brings back the text of revision {@code number} as a new revision: history only ever grows. */
    @Transactional
    public PostView restore(School school, AuthenticatedUser user, long id, int number) {
        ContentItem post = require(school, id);
        EditorialWorkflow.after(post.status(), EditorialAction.RESTORE, isBoard(user));
        PostRevision revision = posts.revision(post, number).orElseThrow(() -> PortalException.notFound(
                "Không có phiên bản " + number + " của bài này.", "No revision " + number + " of this post."));
        post.write(revision.title(), revision.summary(), revision.body());
        return saved(post, user, EditorialAction.RESTORE, "Khôi phục phiên bản " + number);
    }

    @Transactional
    public List<PostView.RevisionView> revisions(School school, long id) {
        return posts.revisions(require(school, id)).stream().map(PostView.RevisionView::of).toList();
    }

    @Transactional
    public PostView transition(School school, AuthenticatedUser user, long id, EditorialAction action,
                               WorkflowRequest request) {
        ContentItem post = require(school, id);
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (action == EditorialAction.RETURN && comment == null) {
            throw PortalException.badRequest("comment-required", "Hãy ghi nhận xét khi trả lại bài để người viết sửa.",
                    "Add a comment when returning a post, so the writer knows what to fix.");
        }
        OffsetDateTime now = now();
        ContentStatus from = post.status();
        ContentStatus next = EditorialWorkflow.after(from, action, isBoard(user));
        String note = comment;
        if (next == ContentStatus.PUBLISHED) {
            boolean later = request.publishAt() != null && request.publishAt().isAfter(now);
            post.publish(later ? request.publishAt() : now);
            if (later) {
                note = (comment == null ? "" : comment + " · ") + "Hẹn giờ đăng: " + request.publishAt();
            }
        } else {
            post.moveTo(next);
        }
        posts.add(new WorkflowEvent(post, action, from, next, em.find(Account.class, user.accountId()), note, now));
        return PostView.of(post, now, posts.events(post));
    }

    /**
     * Files a post brought from an older portal, with its author, state and original dates; HTML through the
     * sanitiser as any edit. Its first revision (dated when it was last modified there) and a CREATE event saying
     * where it came from are written by {@link #recordImport}, once its body's links point at the portal.
     */
    @Transactional
    public ContentItem importPost(School school, Account author, Account importer, Category category,
                                  ImportedPost imported) {
        ContentItem post = new ContentItem(school, ContentTypes.NEWS, category.name(), imported.title().strip(),
                author, Visibility.PUBLIC, now());
        post.write(imported.title().strip(), blankToNull(imported.summary()),
                blankToNull(HtmlSanitiser.sanitise(imported.body(), school.code())));
        post.attach(imported.cover());
        post.setAttribute(TAGS, tagsOf(imported.tags()));
        post.uploadedBy(importer);
        post.importedWithOriginalDate(imported.date());
        if (imported.status() == ContentStatus.PUBLISHED) {
            post.publish(imported.date());
        } else {
            post.moveTo(imported.status());
        }
        return posts.add(post);
    }

    /** Replaces an imported post's body (its links rewritten), before {@link #recordImport}. */
    public void rewriteImported(ContentItem post, String body) {
        post.write(post.title(), post.summary(), blankToNull(HtmlSanitiser.sanitise(body, post.school().code())));
    }

    /** The first revision and the workflow event of an imported post. */
    @Transactional
    public void recordImport(ContentItem post, Account importer, ImportedPost imported) {
        posts.add(new PostRevision(post, 1, post.author(), imported.modified()));
        posts.add(new WorkflowEvent(post, EditorialAction.CREATE, null, post.status(), importer, imported.note(),
                now()));
    }

    private PostView saved(ContentItem post, AuthenticatedUser user, EditorialAction action, String note) {
        OffsetDateTime now = now();
        Account editor = em.find(Account.class, user.accountId());
        posts.add(new PostRevision(post, posts.lastRevisionNumber(post) + 1, editor, now));
        posts.add(new WorkflowEvent(post, action, post.status(), post.status(), editor, note, now));
        return PostView.of(post, now, posts.events(post));
    }

    private void write(School school, ContentItem post, Category category, PostRequest request) {
        String body = blankToNull(HtmlSanitiser.sanitise(request.body(), school.code()));
        images.requireReadablePictures(school, body);
        post.fileUnder(category.name());
        post.write(request.title().strip(), blankToNull(request.summary()), body);
        post.attach(request.coverFileId() == null ? null : cover(school, request.coverFileId()));
        post.setAttribute(TAGS, tagsOf(request.tags()));
    }

    private static String tagsOf(List<String> tags) {
        return tags == null ? null : String.join(",", tags.stream().map(t -> t.strip().replace(",", " "))
                .distinct().toList());
    }

    private Attachment cover(School school, long fileId) {
        Attachment file = permissions.readable(school, fileId).orElseThrow(() -> PortalException.badRequest("cover-not-found",
                "Không tìm thấy ảnh đại diện trong tệp của trường.", "The cover image is not among the school's files."));
        // By the type found from the content, never the name: an SVG (which can carry script) is no cover.
        files.requireImage(file, () -> new PortalException(415, "cover-not-image",
                "Ảnh đại diện phải là tệp ảnh (JPEG, PNG, GIF, BMP).", "The cover must be an image (JPEG, PNG, GIF, BMP)."));
        return file;
    }

    private ContentItem require(School school, long id) {
        return posts.find(school, id).orElseThrow(PostService::notFound);
    }

    private static PortalException notFound() {
        return PortalException.notFound("Không tìm thấy bài viết.", "Post not found.");
    }

    private static boolean isBoard(AuthenticatedUser user) {
        return user.role() == Role.SCHOOL_ADMIN;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
