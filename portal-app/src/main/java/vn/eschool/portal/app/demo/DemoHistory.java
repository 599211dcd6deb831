package vn.eschool.portal.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.eschool.portal.audit.calendar.CalendarService;
import vn.eschool.portal.audit.calendar.EventCalendar;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.selfassessment.AssessmentEntry;
import vn.eschool.portal.audit.selfassessment.SelfAssessmentRepository;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.AccountService;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.account.StaffDates;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.Channel;
import vn.eschool.portal.core.security.LoginEvent;
import vn.eschool.portal.core.teaching.PlanAssignment;
import vn.eschool.portal.core.teaching.PlanClass;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.core.teaching.TeachingPlanService;
import vn.eschool.portal.layer2.activity.Layer2Visit;
import vn.eschool.portal.layer2.activity.VisitDay;
import vn.eschool.portal.layer2.folder.Folder;
import vn.eschool.portal.layer2.folder.FolderService;
import vn.eschool.portal.layer2.items.Filing;
import vn.eschool.portal.layer2.lessons.LectureService;

/**
 * The demo school's day-to-day life, one day at a time, so that a first start fills twelve months and every later
 * start fills the days since the last one: e-lectures, news (each notable event of the calendar announced three
 * days before and reported on the day), internal news and documents, sign-ins and Layer 2 visits, public visits,
 * and at the end of each month the board's self-assessment of the criteria people judge. Every item is dated on
 * its day and never after {@code now}. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class DemoHistory {

    /** The attribute that marks the day a generated item belongs to: the last one is where the next start resumes. */
    static final String DEMO_DAY = "demoDay";

    static final String[] NEWS_TAGS = {"sự kiện", "chuyên môn", "Đội thiếu niên", "phụ huynh"};
    static final String[] NEWS_CATEGORIES = {"Tin tức – Sự kiện", "Hoạt động chuyên môn", "Hoạt động Đội",
            "Thông tin cho phụ huynh"};
    /** What a school writes about, month by month (index: month - 1), in the order of NEWS_CATEGORIES. */
    private static final String[][] NEWS_BY_MONTH = {
            {"Vui xuân đón năm mới", "Sơ kết học kì I", "Hội chợ xuân gây quỹ Kế hoạch nhỏ",
                    "Lịch học và nghỉ học tháng Một"},
            {"Gặp mặt đầu xuân", "Chuyên đề Ngữ văn lớp 8", "Tết trồng cây", "Lịch học sau kì nghỉ"},
            {"Kỷ niệm ngày Quốc tế Phụ nữ 8/3", "Thi giáo viên dạy giỏi cấp trường", "Ngày hội Đoàn – Đội 26/3",
                    "Họp phụ huynh giữa học kì II"},
            {"Ngày hội đọc sách", "Chuyên đề Toán lớp 9", "Hành trình về nguồn", "Hướng dẫn ôn thi vào lớp 10"},
            {"Hội thi văn nghệ cuối năm", "Sơ kết công tác chuyên môn", "Lễ trưởng thành Đội", "Kết quả học tập cuối năm"},
            {"Tuyển sinh lớp 6", "Bồi dưỡng chuyên môn hè", "Sinh hoạt hè tại địa phương", "Lịch tuyển sinh lớp 6"},
            {"Tập huấn giáo viên hè", "Bồi dưỡng chính trị hè", "Hoạt động hè an toàn", "Thông báo nhập học lớp 6"},
            {"Chuẩn bị năm học mới", "Tập huấn chương trình mới", "Chuẩn bị đón học sinh", "Danh sách lớp 6 năm học mới"},
            {"Hội nghị chuyên môn đầu năm", "Sinh hoạt chuyên môn theo nghiên cứu bài học", "Vui Tết Trung thu",
                    "Họp phụ huynh học sinh đầu năm"},
            {"Hội khỏe Phù Đổng cấp trường", "Chuyên đề cấp trường môn Toán lớp 7", "Kỷ niệm ngày Phụ nữ Việt Nam 20/10",
                    "Tuyên truyền an toàn giao thông"},
            {"Thao giảng chào mừng tháng Mười Một", "Hội giảng cấp trường", "Văn nghệ tri ân thầy cô",
                    "Thư cảm ơn cha mẹ học sinh"},
            {"Hội nghị cán bộ, viên chức", "Chuyên đề Tiếng Anh lớp 6", "Kỷ niệm ngày thành lập QĐND 22/12",
                    "Lịch kiểm tra cuối học kì I"}};
    /** The board's own scores of the criteria people judge, where it is not full (the rest are full marks). */
    private static final Map<String, Double> SELF_ASSESSED_SHORT = Map.of(
            "I.2.1", 9.5, "III.1.2", 2.5, "IV.1", 1.0, "IV.3", 1.0);
    private static final int ANNOUNCE_DAYS_BEFORE = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AccountRepository accounts;

    @Inject
    FolderService folders;

    @Inject
    LectureService lectures;

    @Inject
    CalendarService calendars;

    @Inject
    AuditService audits;

    @Inject
    SelfAssessmentRepository assessments;

    @Inject
    TeachingPlanService teachingPlans;

    @Inject
    AccountService accountService;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The last day generated for the school, if any. */
    Optional<LocalDate> lastGeneratedDay(School school) {
        String last = em.createQuery("select max(value(a)) from ContentItem c join c.attributes a"
                        + " where c.school = :school and key(a) = :name", String.class)
                .setParameter("school", school).setParameter("name", DEMO_DAY).getSingleResult();
        return Optional.ofNullable(last).map(LocalDate::parse);
    }

    /** Generates every day from {@code from} to {@code to} (inclusive; {@code to} is today at the latest). */
    void generate(School school, LocalDate from, LocalDate to, OffsetDateTime now) {
        Staff staff = Staff.of(accounts.findBySchool(school), accountService.staffDates(school));
        declareTeachingPlans(school, staff.plan(), from, to);
        Map<String, Folder> folderByName = folders.of(school).stream()
                .collect(Collectors.toMap(Folder::name, Function.identity(), (a, b) -> a));
        Map<YearMonth, List<EventCalendar.SchoolEvent>> events = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            new Day(school, staff, folderByName, day, now,
                    events.computeIfAbsent(YearMonth.from(day), m -> calendars.of(school).eventsIn(m)),
                    events.computeIfAbsent(YearMonth.from(day.plusDays(ANNOUNCE_DAYS_BEFORE)),
                            m -> calendars.of(school).eventsIn(m))).generate();
            if (day.equals(day.withDayOfMonth(day.lengthOfMonth())) && day.isBefore(now.toLocalDate())) {
                selfAssess(school, staff.principal(), YearMonth.from(day), now);
            }
        }
    }

    /** Each school year of the days, not yet declared, gets the plan the lectures follow (phân công chuyên môn). */
    private void declareTeachingPlans(School school, DemoPlan plan, LocalDate from, LocalDate to) {
        for (SchoolYear year = SchoolYear.of(YearMonth.from(from)); !year.firstMonth().isAfter(YearMonth.from(to));
             year = year.next()) {
            if (!teachingPlans.plan(school, year).declared()) {
                teachingPlans.replaceClasses(school, year, DemoPlan.CLASSES.stream()
                        .map(name -> new PlanClass(name, Integer.parseInt(name.substring(0, 1)))).toList());
                teachingPlans.replaceAssignments(school, year, plan.assignments().stream()
                        .map(a -> new PlanAssignment(a.username(), a.subject(), a.className())).toList(),
                        null, "trường mẫu / demo");
            }
        }
    }

    /** The people the history is about, found by the usernames the demo gave them. */
    record Staff(Account principal, Account deputy, Account editor, List<Account> teachers, DemoPlan plan,
                 Map<Long, StaffDates> dates) {

        static Staff of(List<Account> accounts, Map<Long, StaffDates> dates) {
            Map<String, Account> byUsername = accounts.stream()
                    .collect(Collectors.toMap(Account::username, Function.identity()));
            List<Account> teachers = accounts.stream().filter(a -> a.role() == Role.TEACHER && a.username().matches("gv\\d\\d"))
                    .sorted((a, b) -> a.username().compareTo(b.username())).toList();
            Map<String, String> subjects = new LinkedHashMap<>();
            teachers.forEach(t -> subjects.put(t.username(), t.subjects().get(0)));
            return new Staff(byUsername.get("hieutruong"), byUsername.get("phohieutruong"), byUsername.get("bientap"),
                    teachers, new DemoPlan(subjects), dates);
        }

        /** On the roster and not on leave: only then does the person upload and sign in. */
        boolean atSchool(Account person, LocalDate day) {
            StaffDates staffDates = dates.get(person.id());
            return staffDates == null || staffDates.onRoster(day) && !staffDates.onLeave(day);
        }
    }

    private final class Day {

        private final School school;
        private final Staff staff;
        private final Map<String, Folder> folders;
        private final LocalDate day;
        private final OffsetDateTime now;
        private final List<EventCalendar.SchoolEvent> eventsThisMonth;
        private final List<EventCalendar.SchoolEvent> eventsToAnnounce;

        Day(School school, Staff staff, Map<String, Folder> folders, LocalDate day, OffsetDateTime now,
            List<EventCalendar.SchoolEvent> eventsThisMonth, List<EventCalendar.SchoolEvent> eventsToAnnounce) {
            this.school = school;
            this.staff = staff;
            this.folders = folders;
            this.day = day;
            this.now = now;
            this.eventsThisMonth = eventsThisMonth;
            this.eventsToAnnounce = eventsToAnnounce;
        }

        void generate() {
            internal("Tin tức nội bộ", ContentTypes.INTERNAL_NEWS, "Lịch công tác ngày " + day.format(DAY),
                    "Lịch công tác của Ban giám hiệu và các tổ chuyên môn.", staff.editor(), 7, 0);
            if (day.getDayOfMonth() == 5) {
                internal("Văn bản nội bộ", ContentTypes.INTERNAL_DOCUMENT, "Kế hoạch công tác tháng "
                        + monthLabel(), "Kế hoạch công tác của nhà trường trong tháng.", staff.principal(), 8, 0);
            }
            if (day.getDayOfMonth() == 12) {
                internal("Tài liệu học", ContentTypes.INTERNAL_DOCUMENT, "Tài liệu bồi dưỡng chuyên môn tháng "
                        + monthLabel(), "Tài liệu sinh hoạt chuyên môn của các tổ.", staff.deputy(), 8, 30);
            }
            // The prescribed folder "Tài nguyên" gets nothing: the audit finds it idle (no deduction in 8265).
            news();
            lectures();
            signIns();
            publicVisits();
        }

        private void news() {
            String[] monthNews = NEWS_BY_MONTH[day.getMonthValue() - 1];
            for (int n = 0; n < monthNews.length; n++) {
                if (day.getDayOfMonth() == 4 + 7 * n) {
                    String summary = DemoArticles.summary(monthNews[n], n);
                    ContentItem news = publish(ContentTypes.NEWS, NEWS_CATEGORIES[n], monthNews[n], summary,
                            n % 2 == 0 ? staff.editor() : staff.principal(), Visibility.PUBLIC, 9, 30);
                    news.write(monthNews[n], summary, DemoArticles.body(summary, day.getDayOfYear() + n));
                    news.setAttribute("tags", NEWS_TAGS[n] + ",tháng " + day.getMonthValue());
                }
            }
            if (day.getDayOfMonth() == 15) {
                publish(ContentTypes.NEWS, "Kho học liệu điện tử", "Học liệu tháng " + monthLabel()
                        + ": bài giảng và phiếu học tập các môn", "Tổng hợp bài giảng điện tử tiêu biểu của các tổ"
                        + " chuyên môn trong tháng.", staff.editor(), Visibility.PUBLIC, 10, 0);
            }
            for (EventCalendar.SchoolEvent event : eventsToAnnounce) {
                if (event.date().equals(day.plusDays(ANNOUNCE_DAYS_BEFORE))) {
                    publish(ContentTypes.NEWS, NEWS_CATEGORIES[0], "Thông báo: " + event.name() + " ngày " + event.date().format(DAY),
                            "Nhà trường thông báo kế hoạch tổ chức " + event.searchText() + ".", staff.editor(),
                            Visibility.PUBLIC, 10, 30);
                }
            }
            for (EventCalendar.SchoolEvent event : eventsThisMonth) {
                if (event.date().equals(day)) {
                    publish(ContentTypes.NEWS, NEWS_CATEGORIES[0], event.name() + ": không khí ngày hội ở trường",
                            "Hình ảnh và hoạt động " + event.searchText() + " của thầy và trò.", staff.editor(),
                            Visibility.PUBLIC, 16, 0);
                }
            }
        }

        private void lectures() {
            YearMonth month = YearMonth.from(day);
            for (int t = 0; t < staff.teachers().size(); t++) {
                Account teacher = staff.teachers().get(t);
                // A colleague of the same subject takes the classes of someone on leave (dạy thay).
                Optional<Account> uploader = staff.atSchool(teacher, day) ? Optional.of(teacher)
                        : staff.teachers().stream().filter(other -> other.subjects().equals(teacher.subjects())
                                && staff.atSchool(other, day)).findFirst();
                if (uploader.isEmpty()) {
                    continue;
                }
                int number = 0;
                for (DemoPlan.Lecture planned : staff.plan().lectures(teacher.username(), t, month)) {
                    number++;
                    if (planned.day() != day.getDayOfMonth()) {
                        continue;
                    }
                    DemoPlan.Assignment pair = planned.pair();
                    ContentItem lecture = publish(ContentTypes.LECTURE, null, "Bài giảng " + pair.subject() + " lớp "
                            + pair.className() + " – tháng " + monthLabel() + ", bài " + number, null, uploader.get(),
                            Visibility.INTERNAL, 19, t);
                    lecture.recordLectureFacts(new LectureFacts(pair.subject(), pair.grade(), pair.className(), null,
                            List.of(planned.software())));
                    lectures.file(lecture);
                }
            }
        }

        /** Each teacher signs in and opens Layer 2 once a week or so; the board every Monday. */
        private void signIns() {
            for (int t = 0; t < staff.teachers().size(); t++) {
                if ((day.getDayOfMonth() + t) % 7 == 0 && staff.atSchool(staff.teachers().get(t), day)) {
                    signIn(staff.teachers().get(t), 7, 15);
                }
            }
            if (day.getDayOfWeek().getValue() == 1) {
                List.of(staff.principal(), staff.deputy(), staff.editor()).forEach(person -> signIn(person, 7, 0));
            }
        }

        private void signIn(Account person, int hour, int minute) {
            OffsetDateTime at = at(hour, minute);
            em.persist(new LoginEvent(school.id(), person.id(), person.username(), at, "127.0.0.1", Channel.BROWSER,
                    LoginEvent.Outcome.SUCCESS));
            VisitDay visit = new VisitDay(person.id(), day);
            // The person may have opened Layer 2 that day for real, while the portal ran between two starts.
            if (em.find(Layer2Visit.class, visit) == null) {
                em.persist(new Layer2Visit(visit, school.id(), at));
            }
        }

        /** Public site visits of the day, as a school of this size gets them, added to any counted for real. */
        private void publicVisits() {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            long visits = (weekend ? 180 : 420) + (day.getDayOfYear() * 37L) % (weekend ? 120 : 380);
            em.flush();
            int updated = em.createNativeQuery("UPDATE layer1_visit_day SET visits = visits + ?1"
                            + " WHERE school_id = ?2 AND visit_date = ?3")
                    .setParameter(1, visits).setParameter(2, school.id()).setParameter(3, java.sql.Date.valueOf(day))
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO layer1_visit_day (school_id, visit_date, visits) VALUES (?1, ?2, ?3)")
                        .setParameter(1, school.id()).setParameter(2, java.sql.Date.valueOf(day))
                        .setParameter(3, visits).executeUpdate();
            }
        }

        private void internal(String folderName, String type, String title, String summary, Account author,
                              int hour, int minute) {
            Folder folder = folders.get(folderName);
            ContentItem item = publish(type, folderName, title, summary, author, Visibility.INTERNAL, hour, minute);
            em.flush();
            em.persist(new Filing(item, folder));
        }

        private ContentItem publish(String type, String category, String title, String summary, Account author,
                                    Visibility visibility, int hour, int minute) {
            OffsetDateTime at = at(hour, minute);
            ContentItem item = new ContentItem(school, type, category, title, author, visibility, at);
            item.write(title, summary, summary == null ? null : "<p>" + summary + "</p>");
            item.publish(at);
            item.setAttribute(DEMO_DAY, day.toString());
            em.persist(item);
            return item;
        }

        /** The time of day in Hà Nội, but never after now: today's items are as of the start. */
        private OffsetDateTime at(int hour, int minute) {
            OffsetDateTime at = day.atTime(LocalTime.of(hour, minute)).atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
            return at.isAfter(now) ? now : at;
        }

        private String monthLabel() {
            return day.getMonthValue() + "/" + day.getYear();
        }
    }

    /** At the end of a month the board scores the criteria people judge (full marks but for a few). */
    private void selfAssess(School school, Account principal, YearMonth month, OffsetDateTime now) {
        RuleSet ruleSet = audits.ruleSet(null, month);
        OffsetDateTime at = month.plusMonths(1).atDay(1).atTime(8, 0).atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        ruleSet.leaves().filter(criterion -> !criterion.measuredByPortal()).forEach(criterion -> {
            AssessmentEntry entry = new AssessmentEntry(school, ruleSet.id(), SchoolYear.of(month), month, criterion.id());
            entry.score(SELF_ASSESSED_SHORT.getOrDefault(criterion.id(), criterion.maxPoints()),
                    "Hồ sơ minh chứng lưu tại văn phòng nhà trường (minh họa)", principal, at.isAfter(now) ? now : at);
            assessments.add(entry);
        });
    }
}
