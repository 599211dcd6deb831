package vn.eschool.portal.audit.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.plugin.AuditSignals.SectionGap;
import vn.eschool.portal.core.teaching.ClassSubject;

/**
 * A school month that meets every measured requirement of both rule sets; each test breaks one
 * thing so the expected score can be worked out by hand.
 */
final class SchoolMonth {

    static final YearMonth MARCH = YearMonth.of(2024, 3);
    static final List<String> SECTIONS = List.of(
            "introduction", "organisation", "contact", "e-learning-repository", "disclosures", "directive-documents");

    YearMonth month = MARCH;
    final List<TeacherActivity> teachers = new ArrayList<>();
    final Set<ClassSubject> required = new HashSet<>();
    final Set<ClassSubject> covered = new HashSet<>();
    final Map<String, LocalDate> sectionLastUpdated = new HashMap<>();
    final Map<String, Integer> categoryPosts = new LinkedHashMap<>();
    final List<ExpectedEvent> events = new ArrayList<>();
    long albumPhotos = 24;
    /** Each prescribed folder with the items filed in it this month. */
    final Map<String, Integer> folders = new HashMap<>(Map.of("Tin tức nội bộ", 3, "Tài liệu học", 5, "Văn bản nội bộ", 2,
            "Tài nguyên", 1));
    final Set<String> groups = new HashSet<>(Set.of("Tổ 1-2-3", "Tổ 4-5"));
    final Set<String> groupsWithRepository = new HashSet<>(groups);
    final Set<Signal> notMeasured = new HashSet<>();
    final List<SectionGap> gaps = new ArrayList<>();
    /** September to February are due by March; all stored. */
    final List<YearMonth> reportsDue = new ArrayList<>();
    final Set<YearMonth> reportsStored = new HashSet<>();
    final List<AdminAccount> adminAccounts = new ArrayList<>(List.of(
            new AdminAccount("hieutruong", "Hiệu trưởng", Role.SCHOOL_ADMIN, true),
            new AdminAccount("bientap", "Trưởng ban biên tập", Role.EDITOR, true),
            new AdminAccount("gv01", "Giáo viên gv01", Role.TEACHER, false)));
    final Map<ClassSubject, Set<Integer>> coveredWeeks = new HashMap<>();
    /** March 2024 in the school weeks of 2023-2024 (week 1 from Monday 4 September 2023): Friday 1 March is in week 26. */
    final List<Integer> teachingWeeks = new ArrayList<>(List.of(26, 27, 28, 29, 30));

    /** Ten teachers doing everything asked, one staff member doing nothing (staff are not "GV"). */
    static SchoolMonth compliant() {
        SchoolMonth school = new SchoolMonth();
        for (int i = 1; i <= 10; i++) {
            school.teachers.add(goodTeacher(String.format("gv%02d", i)));
        }
        school.teachers.add(new TeacherActivity("nv01", "Nhân viên kế toán", "Văn phòng", Role.STAFF, false, 0, 0, 0, false, 0, 0));
        for (String className : List.of("4A", "4B")) {
            for (String subject : List.of("Toán", "Tiếng Việt")) {
                school.required.add(new ClassSubject(className, subject));
                school.covered.add(new ClassSubject(className, subject));
            }
        }
        SECTIONS.forEach(section -> school.sectionLastUpdated.put(section, LocalDate.of(2024, 3, 20)));
        school.categoryPosts.put("Tin tức - sự kiện", 4);
        school.categoryPosts.put("Hoạt động chuyên môn", 1);
        school.events.add(ExpectedEvent.posted("Hội khỏe Phù Đổng", LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 9)));
        for (YearMonth m = YearMonth.of(2023, 9); m.isBefore(MARCH); m = m.plusMonths(1)) {
            school.reportsDue.add(m);
            school.reportsStored.add(m);
        }
        return school;
    }

    static TeacherActivity goodTeacher(String username) {
        return new TeacherActivity(username, "Giáo viên " + username, "Tổ 4-5", Role.TEACHER, true, 3, 3, 2, true, 6, 14);
    }

    /** Replaces the first {@code count} teachers by what {@code change} makes of them. */
    SchoolMonth changeTeachers(int count, UnaryOperator<TeacherActivity> change) {
        for (int i = 0; i < count; i++) {
            teachers.set(i, change.apply(teachers.get(i)));
        }
        return this;
    }

    AuditInput build() {
        return new AuditInput(month, teachers, required, covered, new Layer1Status(sectionLastUpdated, categoryPosts, gaps),
                events, albumPhotos, folders, groups, groupsWithRepository, notMeasured,
                new MonthlyReports(reportsDue, reportsStored), adminAccounts, coveredWeeks, teachingWeeks);
    }

    static TeacherActivity withLectures(TeacherActivity t, int lectures, int specialised) {
        return new TeacherActivity(t.username(), t.fullName(), t.group(), t.role(), t.hasAccount(), lectures, specialised,
                t.specialisedProgramsThisSemester(), t.usedAnySoftware(), t.logins(), t.layer2Visits());
    }

    static TeacherActivity withoutSoftware(TeacherActivity t) {
        return new TeacherActivity(t.username(), t.fullName(), t.group(), t.role(), t.hasAccount(), 0, 0,
                t.specialisedProgramsThisSemester(), false, t.logins(), t.layer2Visits());
    }

    static TeacherActivity withMostPrograms(TeacherActivity t, int programs) {
        return new TeacherActivity(t.username(), t.fullName(), t.group(), t.role(), t.hasAccount(), t.lectures(),
                t.lecturesWithSpecialisedSoftware(), programs, t.usedAnySoftware(), t.logins(), t.layer2Visits());
    }

    static TeacherActivity withLayer2Use(TeacherActivity t, boolean hasAccount, int logins, int layer2Visits) {
        return new TeacherActivity(t.username(), t.fullName(), t.group(), t.role(), hasAccount, t.lectures(),
                t.lecturesWithSpecialisedSoftware(), t.specialisedProgramsThisSemester(), t.usedAnySoftware(), logins, layer2Visits);
    }
}
