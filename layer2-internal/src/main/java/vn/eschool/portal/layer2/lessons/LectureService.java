package vn.eschool.portal.layer2.lessons;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.config.SchoolMonth;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.plugin.LectureQuota;
import vn.eschool.portal.core.plugin.ReportedMonths;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.SchoolCalendar;
import vn.eschool.portal.core.teaching.SchoolWeek;
import vn.eschool.portal.core.teaching.TeachingPlanService;
import vn.eschool.portal.layer2.folder.Folder;
import vn.eschool.portal.layer2.folder.FolderService;
import vn.eschool.portal.layer2.items.Filing;
import vn.eschool.portal.layer2.items.FilingRepository;

/**
 * E-lectures (bài giảng điện tử), filed in the lesson repository of their author's professional group by
 * subject, class and school week. The same file uploaded again by the same teacher is the lecture already
 * there, never a second one.
 */
@ApplicationScoped
public class LectureService {

    /** Decision 8265/2021 asks 3 e-lectures a month when no rule set says otherwise. */
    static final int DEFAULT_LECTURES_PER_MONTH = 3;
    private static final int MAX_LISTED = 500;

    /** The result of an upload: one view per file; {@code created} counts the new lectures. */
    public record Uploaded(List<LectureView> lectures, int created) {
    }

    @Inject
    LectureRepository lectures;

    @Inject
    FolderService folders;

    @Inject
    FilingRepository filings;

    @Inject
    FileService files;

    @Inject
    AccountRepository accounts;

    @Inject
    ActivityLog log;

    @Inject
    Instance<LectureQuota> quotas;

    @Inject
    TeachingPlanService plans;

    @Inject
    Instance<ReportedMonths> reportedMonths;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private final SchoolCalendar calendar = SchoolCalendar.LESSON_WEEKS;

    /**
     * @param administers whether the uploader administers the school: only then may {@code author} (upload for
     *                    a teacher) and {@code countedOn} (an earlier day the lecture counts for) be given. A day in
     *                    a month already reported (its monthly report stored) needs the district admin, who
     *                    uploads only on a teacher's behalf; the uploader is kept beside the author
     */
    @Transactional
    public Uploaded upload(School school, AuthenticatedUser user, boolean administers, LectureRequest request,
                           List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw PortalException.badRequest("file-missing", "Hãy chọn tệp bài giảng (trường \"file\").",
                    "Choose the lecture file(s) (field \"file\").");
        }
        if ((request.author() != null || request.countedOn() != null) && !administers) {
            throw PortalException.forbidden();
        }
        boolean district = user.role() == Role.DISTRICT_ADMIN;
        if (district && request.author() == null) {
            throw PortalException.badRequest("author-required", "Phòng GD&ĐT chỉ tải bài giảng lên thay giáo viên: hãy cho \"author\".",
                    "The district uploads lectures only on a teacher's behalf: give \"author\".");
        }
        Account uploader = em.find(Account.class, user.accountId());
        Account author = request.author() == null ? uploader : accounts.findByLogin(school, request.author())
                .filter(a -> a.enabled())
                .orElseThrow(() -> PortalException.badRequest("unknown-author",
                        "Không có giáo viên \"" + request.author() + "\" trong trường.",
                        "No teacher \"" + request.author() + "\" in this school."));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<OffsetDateTime> original = originalDate(request.countedOn(), now);
        if (original.isPresent() && !district) {
            refuseReportedMonth(school, SchoolMonth.of(original.get()));
        }
        Optional<TeachingPlanService.Taught> taught = plans.requireTaught(school, original.orElse(now),
                author.username(), administers, request.subject(), request.className());
        SchoolWeek week = LectureWeek.of(calendar, original.orElse(now), request.week());
        Folder repository = folders.lessonRepository(school, author.group());
        List<String> added = request.software() == null ? List.of() : request.software();

        List<LectureView> views = new ArrayList<>();
        int created = 0;
        for (Upload upload : uploads) {
            Attachment file = files.upload(school, uploader, upload.filename(), upload.content());
            Optional<ContentItem> existing = lectures.findDuplicate(school,
                    new DuplicateLecture(author.id(), file.sha256()));
            if (existing.isPresent()) {
                // The bytes are already the existing lecture's: keep no second record of them.
                em.remove(file);
                views.add(LectureView.of(existing.get(), true));
                continue;
            }
            String title = title(request.title(), file.filename(), uploads.size());
            ContentItem lecture = new ContentItem(school, ContentTypes.LECTURE, repository.name(), title,
                    author, Visibility.INTERNAL, now);
            lecture.attach(file);
            lecture.recordLectureFacts(new LectureFacts(
                    taught.map(TeachingPlanService.Taught::subject).orElse(request.subject()),
                    taught.map(TeachingPlanService.Taught::grade).orElse(request.grade()),
                    taught.map(TeachingPlanService.Taught::className).orElse(request.className()),
                    week.number(), LectureSoftware.merge(file.software(), added)));
            lecture.publish(now);
            original.ifPresent(lecture::importedWithOriginalDate);
            lecture.uploadedBy(uploader);
            em.persist(lecture);
            fileInRepository(lecture, repository, week);
            created++;
            views.add(LectureView.of(lecture, false));
            log.record(school, "layer2.lecture.uploaded", String.valueOf(lecture.id()),
                    (author == uploader ? title : title + " (cho " + author.username() + ")")
                            + original.map(date -> ", tính ngày " + date.toLocalDate()).orElse(""));
        }
        return new Uploaded(views, created);
    }

    /**
     * A bulk import of historical e-lectures, all or none: each line is the upload an admin makes for its teacher
     * with the day it counts for (a month already reported needs the district admin), and each lecture made is
     * marked imported, its importer kept as the uploader. A line's refusal names its spreadsheet row.
     */
    @Transactional
    public Uploaded importHistory(School school, AuthenticatedUser user, boolean administers,
                                  List<LectureHistory.Line> lines, List<Upload> uploads) {
        if (!administers) {
            throw PortalException.forbidden();
        }
        if (lines.isEmpty()) {
            throw PortalException.badRequest("history-empty", "Danh sách bài giảng không có dòng nào.",
                    "The list has no line.");
        }
        Map<String, Upload> byName = uploads.stream().collect(Collectors.toMap(Upload::filename, u -> u, (a, b) -> a));
        List<LectureView> views = new ArrayList<>();
        int created = 0;
        for (LectureHistory.Line line : lines) {
            try {
                if (line.request().author() == null || line.request().countedOn() == null) {
                    throw PortalException.badRequest("history-line", "Mỗi dòng cần tác giả và ngày tính.",
                            "Each line needs its author and the day it counts for.");
                }
                Upload file = Optional.ofNullable(byName.get(line.file())).orElseThrow(() -> PortalException.badRequest(
                        "history-file-missing", "Không có tệp \"" + line.file() + "\" trong các tệp gửi kèm.",
                        "No file \"" + line.file() + "\" among those sent."));
                Uploaded uploaded = upload(school, user, true, line.request(), List.of(file));
                for (LectureView view : uploaded.lectures()) {
                    if (!view.duplicate()) {
                        em.find(ContentItem.class, view.id()).markImported();
                    }
                }
                views.addAll(uploaded.lectures());
                created += uploaded.created();
            } catch (PortalException refused) {
                throw new PortalException(refused.status(), refused.code(), "Dòng " + line.row() + ": "
                        + refused.messageVi(), "Line " + line.row() + ": " + refused.messageEn());
            }
        }
        log.record(school, "layer2.lecture.history-imported", String.valueOf(created), created + " bài giảng lịch sử");
        return new Uploaded(views, created);
    }

    /** Files a lecture made elsewhere (the demo school, imports) in its author's repository and school week. */
    @Transactional
    public void file(ContentItem lecture) {
        Folder repository = folders.lessonRepository(lecture.school(), lecture.author().group());
        lecture.fileUnder(repository.name());
        fileInRepository(lecture, repository, LectureWeek.of(calendar, lecture.effectiveDate(), null));
    }

    @Transactional
    public List<ContentItem> list(School school, LectureQuery query) {
        return lectures.search(school, query, MAX_LISTED);
    }

    /** The lecture author, or an admin of the school; a teacher never touches another's lectures. */
    @Transactional
    public void delete(School school, AuthenticatedUser user, boolean administers, long id) {
        ContentItem lecture = lectures.find(school, id).orElseThrow(() -> PortalException.notFound(
                "Không tìm thấy bài giảng.", "Lecture not found."));
        boolean isAuthor = lecture.author() != null && lecture.author().id() == user.accountId();
        if (!isAuthor && !administers) {
            throw PortalException.forbidden();
        }
        lecture.moveTo(ContentStatus.DELETED);
        log.record(school, "layer2.lecture.deleted", String.valueOf(id), lecture.title());
    }

    @Transactional
    public MyMonth month(School school, long accountId, YearMonth month) {
        Account account = em.find(Account.class, accountId);
        int uploaded = (int) lectures.countInMonth(school, account, month);
        return MyMonth.of(month, new MonthlyQuota(uploaded, required(school, month)));
    }

    public YearMonth currentMonth() {
        return SchoolMonth.of(clock.instant());
    }

    private int required(School school, YearMonth month) {
        return quotas.isResolvable() ? quotas.get().lecturesPerMonth(school, month) : DEFAULT_LECTURES_PER_MONTH;
    }

    /** {@code lecture} must have been persisted: its filing shares its id. */
    private void fileInRepository(ContentItem lecture, Folder repository, SchoolWeek week) {
        lecture.setAttribute(LectureFacts.WEEK, String.valueOf(week.number()));
        lecture.setAttribute(LectureView.SCHOOL_YEAR, week.year().toString());
        filings.add(new Filing(lecture, repository));
    }

    /** A school admin's earlier date must fall in a month not yet reported: a closed month changes only by the district. */
    private void refuseReportedMonth(School school, YearMonth month) {
        if (reportedMonths.isResolvable() && reportedMonths.get().reported(school, month)) {
            throw new PortalException(403, "month-reported", "Tháng " + month + " đã có báo cáo tháng: chỉ Phòng GD&ĐT được "
                    + "thêm bài giảng tính cho tháng này.", "Month " + month + " is already reported: only the district admin "
                    + "may add lectures counted in it.");
        }
    }

    private static Optional<OffsetDateTime> originalDate(String text, OffsetDateTime now) {
        Optional<OffsetDateTime> original;
        try {
            original = OriginalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("invalid-date",
                    "Ngày tính \"" + text + "\" (countedOn) không đúng dạng ISO (ví dụ 2025-10-15 hoặc 2025-10-15T08:00).",
                    "countedOn \"" + text + "\" is not ISO (e.g. 2025-10-15 or 2025-10-15T08:00).");
        }
        if (original.isPresent() && original.get().isAfter(now)) {
            throw PortalException.badRequest("future-date", "Ngày tính (countedOn) không ở tương lai.",
                    "countedOn is not in the future.");
        }
        return original;
    }

    /** One file: the title given (else its name); several: each file's name after the common title. */
    static String title(String given, String filename, int files) {
        String base = filename.contains(".") ? filename.substring(0, filename.lastIndexOf('.')) : filename;
        String title = given == null || given.isBlank() ? base : files == 1 ? given.strip() : given.strip() + " – " + base;
        return title.length() > 300 ? title.substring(0, 300) : title;
    }
}
