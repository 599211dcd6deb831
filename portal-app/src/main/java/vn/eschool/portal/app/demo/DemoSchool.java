package vn.eschool.portal.app.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.LeaveReason;
import vn.eschool.portal.core.account.StaffDates;
import vn.eschool.portal.core.account.StaffLeave;
import vn.eschool.portal.core.account.AccountService;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.audit.report.MonthlyReportService;
import vn.eschool.portal.audit.report.MonthlySchedule;
import vn.eschool.portal.core.bootstrap.PortalReady;
import vn.eschool.portal.core.cluster.ClusterLease;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.index.SearchIndexer;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolLevel;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.PasswordHasher;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.layer1.album.AlbumRequest;
import vn.eschool.portal.layer1.album.AlbumService;
import vn.eschool.portal.layer1.album.AlbumView;
import vn.eschool.portal.layer1.album.SampleJpeg;
import vn.eschool.portal.layer1.organisation.OrganisationProfile;
import vn.eschool.portal.layer1.organisation.OrganisationService;
import vn.eschool.portal.layer1.category.CategoryKind;
import vn.eschool.portal.layer1.category.CategoryRequest;
import vn.eschool.portal.layer1.category.CategoryService;
import vn.eschool.portal.layer1.disclosure.DisclosureCatalogue;
import vn.eschool.portal.layer1.disclosure.DisclosureVersion;
import vn.eschool.portal.layer1.disclosure.DisclosureRules;
import vn.eschool.portal.layer1.disclosure.WorkingDays;
import vn.eschool.portal.layer1.settings.SiteSettingsRequest;
import vn.eschool.portal.layer1.settings.SiteSettingsService;
import vn.eschool.portal.layer1.settings.SiteTheme;
import vn.eschool.portal.layer1.site.IntroSection;

/**
 * A believable, fictional lower secondary school for the demo (PORTAL_DEMO=true): board of principals,
 * six professional groups, 30 teachers with their teaching assignments ({@link DemoPlan}), a banner with its motto
 * and a generated logo, an album of 20 generated photographs, documents, disclosures, twelve months of daily life
 * ({@link DemoHistory}) ending on the day of the first start, and photos in the latest news ({@link DemoPictures}).
 * Every later start fills the days since the last one, so the current month is never empty, and the monthly reports
 * of the closed months are stored. Its audit looks like a real school's: high, with a finding in each measured
 * criterion of Standard II.
 */
@ApplicationScoped
public class DemoSchool {

    public static final String CODE = "thcs-sonca";
    public static final String PASSWORD = "demo-2026";
    /** The banner's motto, as the board set it. */
    public static final String MOTTO = "Kỷ cương – Tình thương – Trách nhiệm";

    private static final String[][] GROUPS = {
            {"Tổ Ngữ văn", "Ngữ văn"}, {"Tổ Toán – Tin", "Toán", "Tin học"},
            {"Tổ Khoa học tự nhiên", "Khoa học tự nhiên"}, {"Tổ Khoa học xã hội", "Lịch sử và Địa lí", "Giáo dục công dân"},
            {"Tổ Ngoại ngữ", "Tiếng Anh"}, {"Tổ Nghệ thuật – Thể chất", "Âm nhạc", "Mĩ thuật", "Giáo dục thể chất"}};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Thị", "Văn", "Thu", "Minh", "Thanh", "Hồng", "Đức", "Ngọc", "Quang"};
    private static final String[] GIVEN = {"Hà", "Lan", "Hương", "Tuấn", "Dũng", "Mai", "Hằng", "Nam", "Thảo",
            "Phương", "Sơn", "Linh", "Trang", "Hải", "Yến", "Bình", "Hoa", "Quân", "Nga", "Thủy", "Long", "Vân",
            "Khánh", "Oanh", "Hiếu", "Giang", "Tâm", "Huyền", "Cường", "Loan"};
    private static final String[][] INTRODUCTION = {
            {"lich-su", "Trường THCS Sơn Ca được thành lập năm 1998 trên cơ sở tách từ trường phổ thông cơ sở"
                    + " Sơn Ca; qua hơn 25 năm, trường đã trở thành địa chỉ tin cậy của phụ huynh trong phường."},
            {"thanh-tich", "Nhiều năm liền đạt danh hiệu Tập thể lao động tiên tiến; đạt chuẩn quốc gia mức độ 1"
                    + " năm 2019; đạt mô hình trường học điện tử loại A năm học 2024–2025."},
            {"dinh-huong", "Xây dựng nhà trường số: 100% giáo viên sử dụng bài giảng điện tử, kho học liệu"
                    + " dùng chung theo từng môn, từng tuần; đẩy mạnh chuyển đổi số trong quản lý."}};

    @Inject
    SchoolService schools;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    CategoryService categories;

    @Inject
    DemoHistory history;

    @Inject
    DemoPictures pictures;

    @Inject
    MonthlyReportService reports;

    @Inject
    SearchIndexer indexer;

    @Inject
    AlbumService albums;

    @Inject
    OrganisationService organisation;

    @Inject
    SiteSettingsService siteSettings;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Seeds on first start when PORTAL_DEMO=true and notes the demo sign-in details for the banner. */
    @ApplicationScoped
    public static class Seeder {

        /** Longer than generating the school takes on a slow machine. */
        private static final Duration GENERATION = Duration.ofMinutes(30);

        @Inject
        PortalConfig config;

        @Inject
        DemoSchool demo;

        @Inject
        ClusterLease lease;

        /**
         * Under the cluster's lease: nodes started together generate the school once, the others wait for it
         * and then find it (and its days and reports) there.
         */
        void onReady(@Observes @Priority(100) PortalReady ready) {
            if (!config.demo()) {
                return;
            }
            if (!lease.awaitTake(ClusterLease.DEMO_SCHOOL, GENERATION)) {
                throw new IllegalStateException("Demo school: another node has held the lease for " + GENERATION);
            }
            try {
                demo.seedOnce();
                demo.topUp();
                demo.reportClosedMonths();
            } finally {
                lease.release(ClusterLease.DEMO_SCHOOL);
            }
            ready.note("Trường mẫu / demo school: " + config.publicUrl() + "/schools/" + CODE + "/");
            ready.note("Tài khoản mẫu / demo accounts (trường " + CODE + ", mật khẩu / password " + PASSWORD
                    + "): hieutruong (quản trị), bientap (biên tập), gv01 … gv30 (giáo viên)");
        }
    }

    @Transactional
    public void seedOnce() {
        if (schools.find(CODE).isPresent()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate historyStart = historyStart(today());
        OffsetDateTime joined = historyStart.atTime(7, 0).atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        School school = schools.register(CODE, "Trường THCS Sơn Ca", SchoolLevel.THCS,
                "Số 12 phố Hoa Sữa, phường Sơn Ca, quận Long Biên, Hà Nội (địa chỉ minh họa)", "024 3800 1234",
                "c2sonca@example.edu.vn", List.of("sonca.localhost"));
        // The prescribed categories, and one of the school's own that its news is filed under.
        categories.create(school, new CategoryRequest("Hoạt động Đội", CategoryKind.NEWS, 25));
        String hash = hasher.hash(PASSWORD);

        Account principal = person(school, "hieutruong", "Nguyễn Thị Thanh Hương", Role.SCHOOL_ADMIN, hash,
                "Hiệu trưởng", null, List.of(), joined);
        Account deputy = person(school, "phohieutruong", "Trần Đức Minh", Role.SCHOOL_ADMIN, hash,
                "Phó Hiệu trưởng", null, List.of(), joined);
        Account editor = person(school, "bientap", "Lê Thu Trang", Role.EDITOR, hash,
                "Trưởng ban biên tập", null, List.of(), joined);
        person(school, "vanthu", "Phạm Thị Loan", Role.STAFF, hash, "Văn thư", null, List.of(), joined);
        person(school, "thuvien", "Đỗ Ngọc Mai", Role.STAFF, hash, "Nhân viên thư viện", null, List.of(), joined);

        List<Account> teachers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] group = GROUPS[i % GROUPS.length];
            String subject = subjectOf(i);
            String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i * 7) % MIDDLE.length] + " " + GIVEN[i];
            ProfessionalGroup professionalGroup = accounts.groupNamed(school, group[0]);
            teachers.add(person(school, String.format("gv%02d", i + 1), name, Role.TEACHER, hash,
                    i < GROUPS.length ? "Tổ trưởng " + group[0].substring(4) : "Giáo viên", professionalGroup,
                    List.of(subject), joined));
        }
        rosterStory(teachers, now.toLocalDate());

        for (String[] part : INTRODUCTION) {
            IntroSection section = IntroSection.bySlug(part[0]).orElseThrow();
            // Written when the history begins: never a date to come.
            ContentItem page = publish(school, ContentTypes.PAGE, "Giới thiệu", section.titleVi(), part[1], principal,
                    Visibility.PUBLIC, joined.plusHours(2));
            page.write(section.titleVi(), null, "<p>" + part[1] + "</p>");
            page.setAttribute(IntroSection.ATTRIBUTE, section.slug());
        }
        organisation(school, principal, deputy, editor, teachers);
        banner(school, principal);
        demoAlbum(school, editor);
        String[][] documents = {
                {"Văn bản chỉ đạo các cấp", "Kế hoạch", "125/KH-PGDĐT", "Phòng GD&ĐT quận Long Biên",
                        "Kế hoạch thực hiện nhiệm vụ giáo dục năm học"},
                {"Văn bản chỉ đạo các cấp", "Công văn", "760/UBND-GD&ĐT", "UBND quận Long Biên",
                        "Công văn hướng dẫn kiểm tra mô hình trường học điện tử"},
                {"Văn bản chỉ đạo các cấp", "Quyết định", "8265/QĐ-UBND", "UBND quận Long Biên",
                        "Quyết định ban hành bộ tiêu chí trường học điện tử"},
                {"Công khai", "Thông báo", "15/TB-THCSSC", "Trường THCS Sơn Ca",
                        "Thông báo công khai cam kết chất lượng giáo dục"}};
        for (String[] document : documents) {
            OffsetDateTime issued = at(YearMonth.from(today()).minusMonths(1), 10);
            ContentItem item = publish(school, ContentTypes.DOCUMENT, document[0], document[4], null, editor,
                    Visibility.PUBLIC, issued);
            item.setAttribute("documentType", document[1]);
            item.setAttribute("number", document[2]);
            item.setAttribute("issuer", document[3]);
            item.setAttribute("issueDate", issued.toLocalDate().minusDays(3).toString());
        }
        disclosures(school, editor, principal, now);
        em.flush();
        history.generate(school, historyStart, today(), now);
        pictures.illustrateLatestNews(school, editor);
    }

    /** The days since the last start, up to today. */
    @Transactional
    public void topUp() {
        schools.find(CODE).ifPresent(school -> history.lastGeneratedDay(school)
                .filter(last -> last.isBefore(today()))
                .ifPresent(last -> history.generate(school, last.plusDays(1), today(), OffsetDateTime.now(clock))));
    }

    /**
     * The monthly report of every closed month of the history whose reporting day (the 20th of the next month) has
     * come, as the monthly job would have stored it; each in a transaction of its own, once the index holds them.
     */
    public void reportClosedMonths() {
        School school = schools.find(CODE).orElseThrow();
        indexer.awaitRebuild(Duration.ofMinutes(5));
        LocalDate today = today();
        for (YearMonth month = YearMonth.from(historyStart(today));
             !month.plusMonths(1).atDay(MonthlySchedule.DAY).isAfter(today); month = month.plusMonths(1)) {
            reports.prepare(school, month);
        }
    }

    /** The subject of the teacher at {@code index} (0 for gv01): the groups in turn, each group's subjects in turn. */
    static String subjectOf(int index) {
        String[] group = GROUPS[index % GROUPS.length];
        return group[1 + (index / GROUPS.length) % (group.length - 1)];
    }

    /** The first day of the history: the first of the month a year before {@code today}'s. */
    static LocalDate historyStart(LocalDate today) {
        return YearMonth.from(today).minusMonths(12).atDay(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE));
    }

    /**
     * The year's classes (6A1 … 9A4) and teaching assignments: each teacher teaches their subject in two classes,
     * those who upload one lecture a month in one; the last of them keeps two, so II.2.2 finds one pair uncovered.
     */


    /**
     * The disclosure checklists: last school year complete; this one published before the deadline except the
     * sponsorship item (overdue), with the fees updated after a change, one day later than 10 working days.
     */
    private void disclosures(School school, Account editor, Account principal, OffsetDateTime now) {
        DisclosureCatalogue catalogue = DisclosureCatalogue.standard();
        SchoolYear current = DisclosureRules.yearOn(now.toLocalDate());
        for (SchoolYear year : List.of(current.previous(), current)) {
            LocalDate due = catalogue.rules().due(year);
            int n = 0;
            for (DisclosureCatalogue.Item item : catalogue.items()) {
                if (year.equals(current) && item.key().equals("tai-tro")) {
                    continue;
                }
                OffsetDateTime at = due.minusDays(12 - n % 10).atTime(8, 15 + n)
                        .atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
                em.persist(new DisclosureVersion(school, year, item.key(), 1, "<p>" + item.titleVi() + " năm học "
                        + year.label() + " của " + school.name() + " (nội dung minh họa).</p>", null, null, null,
                        n % 2 == 0 ? editor : principal, at));
                n++;
            }
        }
        LocalDate changed = catalogue.rules().due(current).plusMonths(2).withDayOfMonth(3);
        if (changed.isBefore(now.toLocalDate().minusDays(20))) {
            LocalDate published = WorkingDays.after(changed,
                    catalogue.rules().updateWorkingDays() + 1);
            em.persist(new DisclosureVersion(school, current, "hoc-phi", 2, "<p>Điều chỉnh mức thu dịch vụ bán trú"
                    + " theo nghị quyết mới của HĐND thành phố (nội dung minh họa).</p>", null, changed,
                    "Điều chỉnh mức thu bán trú", principal,
                    published.atTime(9, 0).atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime()));
        }
    }

    /** The board and the group heads publish their duties and a contact; the board also a (generated) photo. */
    private void organisation(School school, Account principal, Account deputy, Account editor,
                              List<Account> teachers) {
        profile(principal, "Phụ trách chung; tổ chức, nhân sự, tài chính, cơ sở vật chất; chủ tịch hội đồng trường.",
                "hieutruong@sonca.example.edu.vn", "024 3800 1235");
        profile(deputy, "Phụ trách chuyên môn, kiểm tra đánh giá, chuyển đổi số và trường học điện tử.",
                "phohieutruong@sonca.example.edu.vn", "024 3800 1236");
        profile(editor, "Trưởng ban biên tập cổng thông tin: lập kế hoạch tin bài, biên tập trước khi duyệt.",
                "bientap@sonca.example.edu.vn", null);
        for (int g = 0; g < GROUPS.length; g++) {
            profile(teachers.get(g), "Tổ trưởng " + GROUPS[g][0].substring(4) + ": xây dựng kế hoạch dạy học của tổ,"
                    + " sinh hoạt chuyên môn theo nghiên cứu bài học, dự giờ và bồi dưỡng giáo viên.",
                    teachers.get(g).username() + "@sonca.example.edu.vn", null);
        }
        int seed = 1;
        for (Account board : List.of(principal, deputy)) {
            byte[] jpeg = SampleJpeg.scene(160, 160, 100 + seed++, board.fullName());
            organisation.photo(school, editor.id(), board.username(),
                    new Upload(board.username() + ".jpg", new ByteArrayInputStream(jpeg)));
        }
    }

    /** The banner as the board sets it: the motto and a (generated) logo, larger than the banner shows it. */
    private void banner(School school, Account principal) {
        siteSettings.apply(school, new SiteSettingsRequest(MOTTO, SiteTheme.XANH_DUONG.key(), List.of()), true);
        siteSettings.logo(school, principal.id(), new Upload("bieu-trung.jpg",
                new ByteArrayInputStream(SampleJpeg.scene(640, 640, 98, "THCS Sơn Ca"))));
    }

    private void profile(Account account, String duties, String email, String phone) {
        OrganisationProfile profile = new OrganisationProfile(account);
        profile.describe(duties, email, phone, 0);
        em.persist(profile);
    }

    private static final String[] OPENING_CAPTIONS = {"Học sinh khối 6 xếp hàng đón thầy cô", "Lễ chào cờ đầu năm học",
            "Cô Hiệu trưởng đọc thư của Chủ tịch nước", "Tiết mục văn nghệ chào mừng năm học mới",
            "Đánh trống khai trường", "Khen thưởng học sinh tiêu biểu năm học trước", "Đại diện cha mẹ học sinh phát biểu",
            "Học sinh khối 9 thả bóng bay", "Các lớp về lớp học sau buổi lễ", "Thầy cô chụp ảnh lưu niệm cùng học sinh"};

    /** The opening ceremony's album: generated photographs (with their EXIF date), uploaded as an editor would. */
    private void demoAlbum(School school, Account editor) {
        LocalDate today = today();
        LocalDate thisYears = LocalDate.of(today.getYear(), 9, 5);
        LocalDate opening = thisYears.isAfter(today) ? thisYears.minusYears(1) : thisYears;
        int year = opening.getYear();
        AlbumView album = albums.create(school, editor.id(), new AlbumRequest("Lễ khai giảng năm học " + year + "–"
                + (year + 1), opening, "Toàn trường dự lễ khai giảng năm học mới.", null));
        List<Upload> photos = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int p = 1; p <= 20; p++) {
            byte[] jpeg = SampleJpeg.withTakenDate(SampleJpeg.scene(640, 427, p, "Khai giảng " + year + " · " + p),
                    opening.atTime(7, 30).plusMinutes(4L * p));
            photos.add(new Upload("khai-giang-" + p + ".jpg", new ByteArrayInputStream(jpeg)));
            captions.add(OPENING_CAPTIONS[(p - 1) % OPENING_CAPTIONS.length] + " (ảnh " + p + ")");
        }
        // Counted for the month of the ceremony, like the history of an older portal.
        OffsetDateTime taken = opening.atTime(9, 30).atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        albums.addPhotos(school, editor.id(), album.id(), photos, captions)
                .forEach(photo -> em.find(ContentItem.class, photo.id()).importedWithOriginalDate(taken));
    }

    /**
     * The roster's story: the staff have been at the school for years, except the last teacher, who joined this
     * school year and has been on maternity leave since two months ago (the history has her upload and sign in
     * only while she is on the roster and not on leave, and the audit does not charge her for those months).
     */
    private void rosterStory(List<Account> teachers, LocalDate today) {
        Account newcomer = teachers.get(teachers.size() - 1);
        newcomer.roster().get(0).redate(StaffDates.schoolYearStart(today), null);
        LocalDate leaveStart = today.minusMonths(2).withDayOfMonth(1);
        em.persist(new StaffLeave(newcomer, leaveStart, leaveStart.plusMonths(6).minusDays(1), LeaveReason.MATERNITY,
                "Nghỉ sinh con theo chế độ", OffsetDateTime.now(clock)));
    }

    private Account person(School school, String username, String fullName, Role role, String passwordHash,
                           String position, ProfessionalGroup group, List<String> subjects, OffsetDateTime joined) {
        Account account = new Account(school, username, fullName, role, passwordHash, joined);
        account.joinRoster(StaffDates.schoolYearStart(joined.toLocalDate()).minusYears(3));
        account.assignTo(group, subjects);
        account.describe(position, username + "@sonca.example.edu.vn", null);
        em.persist(account);
        return account;
    }

    private ContentItem publish(School school, String type, String category, String title, String summary,
                                Account author, Visibility visibility, OffsetDateTime at) {
        ContentItem item = new ContentItem(school, type, category, title, author, visibility, at);
        item.write(title, summary, summary == null ? null : "<p>" + summary + "</p>");
        item.publish(at);
        em.persist(item);
        return item;
    }

    private static OffsetDateTime at(YearMonth month, int day) {
        LocalDate date = month.atDay(Math.min(day, month.lengthOfMonth()));
        return date.atTime(9, 30).atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
    }
}
