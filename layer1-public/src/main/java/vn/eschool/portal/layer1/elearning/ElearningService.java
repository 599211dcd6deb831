package vn.eschool.portal.layer1.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.ImageCheck;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer1.album.ThumbnailCache;

/**
 * The public e-learning repository (kho học liệu điện tử): the e-lectures of Layer 2 that their teacher, or the
 * school's editors and board, shared with the public. Sharing is the core content visibility (PUBLIC), so
 * search and every public rule see a shared lecture like any public item; nothing is copied.
 */
@ApplicationScoped
public class ElearningService {

    public static final int PAGE_SIZE = 20;
    /** How much extracted text previews a file that browsers cannot show. */
    static final int EXCERPT_CHARS = 1500;

    /** A page of the repository, with the subjects and grades there are to filter by. */
    public record Browse(List<ElearningView> items, List<String> subjects, List<String> grades, String subject,
                         Integer grade, int page, int pages, long total) {
    }

    /**
     * One lecture with its text excerpt (null when no text could be read), and the size in pixels of an image shown
     * as its preview (null otherwise), so the page keeps the image's place while it loads.
     */
    public record Detail(ElearningView lecture, String excerpt, boolean excerptTruncated, List<String> software,
                         Integer previewWidth, Integer previewHeight) {
    }

    @Inject
    ElearningRepository lectures;

    @Inject
    FileService files;

    @Inject
    ActivityLog log;

    @Transactional
    public Browse browse(School school, String subject, Integer grade, int page) {
        String wanted = subject == null || subject.isBlank() ? null : subject.strip();
        long total = lectures.countShared(school, wanted, grade);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<ElearningView> items = lectures.shared(school, wanted, grade, (current - 1) * PAGE_SIZE, PAGE_SIZE)
                .stream().map(c -> ElearningView.of(c, true)).toList();
        List<String> grades = lectures.sharedValues(school, LectureFacts.GRADE).stream()
                .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
        return new Browse(items, lectures.sharedValues(school, LectureFacts.SUBJECT), grades, wanted, grade,
                current, pages, total);
    }

    @Transactional
    public Detail detail(School school, long id) {
        ContentItem lecture = requireShared(school, id);
        Attachment file = lecture.attachment();
        String text = file == null ? null : files.text(file).map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        boolean truncated = text != null && text.length() > EXCERPT_CHARS;
        ElearningView view = ElearningView.of(lecture, true);
        int[] size = view.previewUrl() != null && ImageCheck.isRaster(file.mediaType()) ? imageSize(file) : null;
        return new Detail(view, truncated ? text.substring(0, EXCERPT_CHARS) : text, truncated,
                file == null ? List.of() : file.software(), size == null ? null : size[0], size == null ? null : size[1]);
    }

    /** Read from the image's header; null when it cannot be read (the page then shows the image without a size). */
    private int[] imageSize(Attachment image) {
        try {
            return ThumbnailCache.dimensions(files.blobs().pathOf(image.sha256()));
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** A shared lecture's file when browsers can show it in the page (PDF, images). */
    @Transactional
    public Attachment previewFile(School school, long id) {
        Attachment file = requireShared(school, id).attachment();
        if (file == null || !ElearningView.previewable(file.mediaType())) {
            throw PortalException.notFound("Tệp này không xem trước được; hãy tải về.",
                    "This file has no preview; download it.");
        }
        return file;
    }

    /**
     * Shares a lecture with the public or withdraws it: its author, or the school's editors and board
     * ({@code curates}); a teacher never shares another teacher's work.
     */
    @Transactional
    public ElearningView share(School school, AuthenticatedUser user, boolean curates, long id, boolean shared) {
        ContentItem lecture = lectures.find(school, id).orElseThrow(ElearningService::notFound);
        boolean isAuthor = lecture.author() != null && lecture.author().id() == user.accountId();
        if (!isAuthor && !curates) {
            throw PortalException.forbidden();
        }
        lecture.showTo(shared ? Visibility.PUBLIC : Visibility.INTERNAL);
        log.record(school, shared ? "layer1.elearning.shared" : "layer1.elearning.withdrawn",
                String.valueOf(lecture.id()), lecture.title());
        return ElearningView.of(lecture, shared);
    }

    private ContentItem requireShared(School school, long id) {
        return lectures.find(school, id).filter(c -> c.visibility() == Visibility.PUBLIC)
                .orElseThrow(ElearningService::notFound);
    }

    private static PortalException notFound() {
        return PortalException.notFound("Không tìm thấy bài giảng trong kho học liệu.",
                "Lecture not found in the e-learning repository.");
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return Integer.MAX_VALUE;
        }
    }
}
