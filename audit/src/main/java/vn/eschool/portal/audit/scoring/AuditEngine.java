package vn.eschool.portal.audit.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.eschool.portal.audit.rules.AdminAccountsMeasure;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.rules.DeductionScale;
import vn.eschool.portal.audit.rules.FixedDeduction;
import vn.eschool.portal.audit.rules.InternalSiteMeasure;
import vn.eschool.portal.audit.rules.Layer1Section;
import vn.eschool.portal.audit.rules.LearningMaterialsMeasure;
import vn.eschool.portal.audit.rules.LectureQuotaMeasure;
import vn.eschool.portal.audit.rules.Measure;
import vn.eschool.portal.audit.rules.MonthlyReportsMeasure;
import vn.eschool.portal.audit.rules.PublicSiteMeasure;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.rules.SemesterRule;
import vn.eschool.portal.core.plugin.AuditSignals.SectionGap;
import vn.eschool.portal.core.teaching.ClassSubject;

/**
 * Scores the criteria a rule set marks as measured by the portal. Pure: the same rule set and
 * input always give the same result, findings in a stable order.
 */
public final class AuditEngine {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private AuditEngine() {
    }

    public static AuditResult audit(RuleSet ruleSet, AuditInput input) {
        List<TeacherActivity> teachers = input.teachers().stream()
                .filter(teacher -> ruleSet.countsAsTeacher(teacher.role()))
                .sorted(Comparator.comparing(TeacherActivity::username))
                .toList();
        List<CriterionResult> results = ruleSet.measuredCriteria().stream()
                .map(criterion -> score(criterion, input, teachers))
                .toList();
        return new AuditResult(
                ruleSet.id(),
                input.month(),
                results,
                results.stream().mapToDouble(CriterionResult::score).sum(),
                results.stream().mapToDouble(CriterionResult::maxPoints).sum());
    }

    private static CriterionResult score(Criterion criterion, AuditInput input, List<TeacherActivity> teachers) {
        Measure measure = criterion.measure().orElseThrow();
        Scoring scoring = new Scoring(criterion);
        if (measure instanceof LectureQuotaMeasure lectures) {
            scoreLectures(lectures, input, teachers, scoring);
        } else if (measure instanceof LearningMaterialsMeasure materials) {
            scoreLearningMaterials(materials, input, scoring);
        } else if (measure instanceof PublicSiteMeasure site) {
            scorePublicSite(site, input, scoring);
        } else if (measure instanceof InternalSiteMeasure site) {
            scoreInternalSite(site, input, teachers, scoring);
        } else if (measure instanceof MonthlyReportsMeasure reports) {
            scoreMonthlyReports(reports, input, scoring);
        } else if (measure instanceof AdminAccountsMeasure accounts) {
            scoreAdminAccounts(accounts, input, scoring);
        } else {
            throw new IllegalStateException("No scoring for measure " + measure.kind());
        }
        return scoring.result();
    }

    /** II.2.1: teachers short of e-lectures and teachers using no software are two scales, combined as the rule set says. */
    private static void scoreLectures(LectureQuotaMeasure measure, AuditInput input, List<TeacherActivity> teachers, Scoring scoring) {
        YearMonth month = input.month();
        Optional<SemesterRule> semesterRuleThisMonth = measure.semesterRule()
                .filter(rule -> rule.checkedInMonths().contains(month.getMonth()));
        if (semesterRuleThisMonth.isPresent() && !input.measured(Signal.SEMESTER_PROGRAMS)) {
            scoring.notMeasured(Signal.SEMESTER_PROGRAMS, semesterRuleThisMonth.get().clause());
        }
        Optional<SemesterRule> semesterRule = semesterRuleThisMonth.filter(rule -> input.measured(Signal.SEMESTER_PROGRAMS));
        int shortTeachers = 0;
        int teachersWithoutSoftware = 0;
        for (TeacherActivity teacher : teachers) {
            int counted = measure.onlySpecialisedSoftware() ? teacher.lecturesWithSpecialisedSoftware() : teacher.lectures();
            boolean shortThisMonth = counted < measure.monthlyMinimum();
            if (shortThisMonth) {
                scoring.teacherFinding(teacher, "Có " + counted + "/" + measure.monthlyMinimum() + " bài giảng điện tử"
                        + (measure.onlySpecialisedSoftware() ? " sử dụng phần mềm chuyên môn" : "")
                        + " trong tháng " + month.format(MONTH), measure.shortOfQuota().clause());
            }
            boolean shortThisSemester = semesterRule.isPresent()
                    && teacher.specialisedProgramsThisSemester() < semesterRule.get().minimumProgramsInOneLecture();
            if (shortThisSemester) {
                scoring.teacherFinding(teacher, "Học kỳ này bài giảng điện tử mới dùng "
                        + teacher.specialisedProgramsThisSemester() + "/" + semesterRule.get().minimumProgramsInOneLecture()
                        + " phần mềm đặc thù", semesterRule.get().clause());
            }
            if (shortThisMonth || shortThisSemester) {
                shortTeachers++;
            }
            if (measure.noSoftwareUse().isPresent() && !teacher.usedAnySoftware()) {
                teachersWithoutSoftware++;
                scoring.teacherFinding(teacher, "Không khai thác phần mềm dạy học trong tháng " + month.format(MONTH),
                        measure.noSoftwareUse().get().clause());
            }
        }
        double shortOfQuota = measure.shortOfQuota().deductionFor(shortTeachers, scoring.maxPoints());
        double noSoftwareUse = measure.noSoftwareUse().isEmpty() ? 0
                : measure.noSoftwareUse().get().deductionFor(teachersWithoutSoftware, scoring.maxPoints());
        scoring.deduct(measure.combine().apply(shortOfQuota, noSoftwareUse));
    }

    /**
     * II.2.2: every class × subject of the year's teaching assignments needs learning material in the month. Without
     * a declared plan nothing says what is required: not measured, and no points.
     */
    private static void scoreLearningMaterials(LearningMaterialsMeasure measure, AuditInput input, Scoring scoring) {
        if (!input.measured(Signal.TEACHING_PLAN)) {
            scoring.unmeasurable(Signal.TEACHING_PLAN, "Chưa đo được: trường chưa khai báo "
                    + Signal.TEACHING_PLAN.labelVi() + " nên không biết môn/lớp nào cần học liệu; tiêu chí không được"
                    + " tính điểm cho đến khi khai báo", measure.missingClassSubjects().clause());
            return;
        }
        Set<ClassSubject> missing = new TreeSet<>(input.requiredClassSubjects());
        missing.removeAll(input.coveredClassSubjects());
        scoring.coverage(new TreeSet<>(input.requiredClassSubjects()).stream()
                .map(pair -> new ClassSubjectCoverage(pair.className(), pair.subject(),
                        input.coveredClassSubjects().contains(pair), weeks(input, pair)))
                .toList());
        for (ClassSubject classSubject : missing) {
            scoring.finding(new Finding(SubjectKind.CLASS_SUBJECT, classSubject.label(),
                    "Chưa có học liệu môn " + classSubject.subject() + " lớp " + classSubject.className(),
                    scoring.clause(measure.missingClassSubjects().clause()), true));
        }
        scoring.deductBand(measure.missingClassSubjects(), missing.size());
    }

    /** Every teaching week of the month, and any other week the pair's material names, each covered or not. */
    private static List<ClassSubjectCoverage.Week> weeks(AuditInput input, ClassSubject pair) {
        Set<Integer> covered = input.coveredWeeks().getOrDefault(pair, Set.of());
        Set<Integer> weeks = new TreeSet<>(input.teachingWeeks());
        weeks.addAll(covered);
        return weeks.stream().map(week -> new ClassSubjectCoverage.Week(week, covered.contains(week))).toList();
    }

    /** II.3.1: per-shortcoming and per-event deductions, plus one for an empty album, capped together. */
    private static void scorePublicSite(PublicSiteMeasure measure, AuditInput input, Scoring scoring) {
        LocalDate endOfMonth = input.month().atEndOfMonth();
        FixedDeduction shortcoming = measure.shortcoming();
        if (!input.measured(Signal.LAYER1_SECTIONS)) {
            scoring.notMeasured(Signal.LAYER1_SECTIONS, shortcoming.clause());
        }
        for (Layer1Section section : input.measured(Signal.LAYER1_SECTIONS) ? measure.sections() : List.<Layer1Section>of()) {
            LocalDate lastUpdated = input.layer1().sectionLastUpdated().get(section.id());
            if (lastUpdated == null) {
                scoring.deductEach(shortcoming, SubjectKind.SECTION, section.id(), "Chưa có mục \"" + section.titleVi() + "\"");
            } else if (section.staleAfterDays().isPresent()
                    && lastUpdated.plusDays(section.staleAfterDays().getAsInt()).isBefore(endOfMonth)) {
                scoring.deductEach(shortcoming, SubjectKind.SECTION, section.id(), "Mục \"" + section.titleVi()
                        + "\" chưa cập nhật từ " + lastUpdated.format(DAY) + " (quá " + section.staleAfterDays().getAsInt() + " ngày)");
            }
            if (lastUpdated != null) {
                input.layer1().gaps().stream().filter(gap -> gap.section().equals(section.id()))
                        .sorted(Comparator.comparing(SectionGap::subject))
                        .forEach(gap -> scoring.deductEach(shortcoming, SubjectKind.SECTION,
                                section.id() + ": " + gap.subject(), "Mục \"" + section.titleVi() + "\": " + gap.textVi()));
            }
        }
        if (measure.newsCategoryMonthlyPosts() > 0) {
            for (Map.Entry<String, Integer> category : new TreeMap<>(input.layer1().newsCategoryPostsThisMonth()).entrySet()) {
                if (category.getValue() < measure.newsCategoryMonthlyPosts()) {
                    scoring.deductEach(shortcoming, SubjectKind.NEWS_CATEGORY, category.getKey(), "Chuyên mục \"" + category.getKey()
                            + "\" có " + category.getValue() + "/" + measure.newsCategoryMonthlyPosts() + " bài trong tháng " + input.month().format(MONTH));
                }
            }
        }
        // Coverage is news from the event's day on; a post before it only announces the event.
        input.events().stream().sorted(Comparator.comparing(ExpectedEvent::date).thenComparing(ExpectedEvent::name)).forEach(event -> {
            LocalDate deadline = event.date().plusDays(measure.eventWindowDays());
            Optional<LocalDate> coveredOn = event.coveredOn();
            if (coveredOn.isEmpty()) {
                scoring.deductEach(measure.untimelyEvent(), SubjectKind.EVENT, event.name(),
                        "Sự kiện \"" + event.name() + "\" ngày " + event.date().format(DAY) + " không được đăng tin"
                                + event.lastAnnouncement().map(day -> " (tin ngày " + day.format(DAY)
                                        + " đăng trước sự kiện là tin thông báo, không phải tin đưa tin)").orElse(""));
            } else if (coveredOn.get().isAfter(deadline)) {
                scoring.deductEach(measure.untimelyEvent(), SubjectKind.EVENT, event.name(),
                        "Sự kiện \"" + event.name() + "\" ngày " + event.date().format(DAY) + " được đăng tin ngày "
                                + coveredOn.get().format(DAY) + ", muộn quá " + measure.eventWindowDays() + " ngày");
            }
        });
        if (input.albumPhotos() == 0) {
            scoring.deductEach(measure.noAlbumPhotos(), SubjectKind.ALBUM, "album", "Album ảnh chưa có ảnh");
        }
    }

    /** II.3.2: teachers who do not use Layer 2 are banded; folders and repositories deduct only if the data says so. */
    private static void scoreInternalSite(InternalSiteMeasure measure, AuditInput input, List<TeacherActivity> teachers, Scoring scoring) {
        boolean visitsMeasured = input.measured(Signal.LAYER2_VISITS);
        if (!visitsMeasured) {
            scoring.notMeasured(Signal.LAYER2_VISITS, measure.teachersNotUsingLayer2().clause());
        }
        int teachersNotUsingLayer2 = 0;
        for (TeacherActivity teacher : teachers) {
            Optional<String> problem = !teacher.hasAccount() ? Optional.of("Chưa có tài khoản đăng nhập lớp 2")
                    : teacher.logins() == 0 ? Optional.of("Không đăng nhập trong tháng " + input.month().format(MONTH))
                    : visitsMeasured && teacher.layer2Visits() == 0 ? Optional.of("Không truy cập lớp 2 trong tháng " + input.month().format(MONTH))
                    : Optional.empty();
            if (problem.isPresent()) {
                teachersNotUsingLayer2++;
                scoring.teacherFinding(teacher, problem.get(), measure.teachersNotUsingLayer2().clause());
            }
        }
        scoring.deductBand(measure.teachersNotUsingLayer2(), teachersNotUsingLayer2);

        if (!input.measured(Signal.LAYER2_FOLDERS)) {
            scoring.notMeasured(Signal.LAYER2_FOLDERS, measure.idleFolder().clause());
        }
        Map<String, Integer> itemsAdded = input.folderItemsAdded().entrySet().stream()
                .collect(Collectors.toMap(e -> RuleSet.comparable(e.getKey()), Map.Entry::getValue, Integer::sum));
        for (String folder : input.measured(Signal.LAYER2_FOLDERS) ? measure.prescribedFolders() : List.<String>of()) {
            Integer added = itemsAdded.get(RuleSet.comparable(folder));
            if (added == null) {
                scoring.deductEach(measure.idleFolder(), SubjectKind.FOLDER, folder, "Thiếu ngăn thư mục \"" + folder + "\"");
            } else if (added == 0) {
                scoring.deductEach(measure.idleFolder(), SubjectKind.FOLDER, folder, "Ngăn thư mục \"" + folder
                        + "\" không có tài liệu mới trong tháng " + input.month().format(MONTH));
            }
        }
        if (!input.measured(Signal.LESSON_REPOSITORIES)) {
            scoring.notMeasured(Signal.LESSON_REPOSITORIES, measure.missingGroupRepository().clause());
        }
        Set<String> withoutRepository = new TreeSet<>(input.measured(Signal.LESSON_REPOSITORIES) ? input.groups() : Set.of());
        withoutRepository.removeAll(input.groupsWithRepository());
        for (String group : withoutRepository) {
            scoring.deductEach(measure.missingGroupRepository(), SubjectKind.GROUP_REPOSITORY, group,
                    "Tổ \"" + group + "\" chưa có kho tư liệu bài giảng");
        }
    }

    /** I.1.1: each month of the school year before this one needs its stored monthly report. */
    private static void scoreMonthlyReports(MonthlyReportsMeasure measure, AuditInput input, Scoring scoring) {
        for (YearMonth month : input.reports().missing()) {
            scoring.deductEach(measure.missingReport(), SubjectKind.REPORT, month.toString(),
                    "Thiếu báo cáo tháng " + month.format(MONTH) + " (cổng không lưu báo cáo của tháng này)");
        }
    }

    /** III.3.1: one unmet content ("nội dung") however many accounts are unsecured, each named. */
    private static void scoreAdminAccounts(AdminAccountsMeasure measure, AuditInput input, Scoring scoring) {
        List<AdminAccount> unsecured = input.adminAccounts().stream()
                .filter(account -> measure.roles().contains(account.role()) && !account.twoFactor())
                .sorted(Comparator.comparing(AdminAccount::username))
                .toList();
        for (AdminAccount account : unsecured) {
            scoring.finding(new Finding(SubjectKind.ACCOUNT, account.username(), "Tài khoản quản trị \""
                    + account.username() + "\" (" + account.fullName() + ") chưa bật đăng nhập hai bước",
                    scoring.clause(measure.unsecured().clause()), measure.unsecured().deducts()));
        }
        if (!unsecured.isEmpty()) {
            scoring.deduct(measure.unsecured().points());
        }
    }

    /** Collects one criterion's findings and deductions; the total deduction is capped at the criterion's points. */
    private static final class Scoring {

        private final Criterion criterion;
        private final List<Finding> findings = new ArrayList<>();
        private double deduction;
        private String notMeasured;
        private List<ClassSubjectCoverage> coverage = List.of();

        Scoring(Criterion criterion) {
            this.criterion = criterion;
        }

        String clause(String text) {
            return criterion.id() + ": " + text;
        }

        void finding(Finding finding) {
            findings.add(finding);
        }

        void teacherFinding(TeacherActivity teacher, String message, String clause) {
            findings.add(new Finding(SubjectKind.TEACHER, teacher.username(), message, clause(clause), true));
        }

        void notMeasured(Signal signal, String clause) {
            findings.add(new Finding(SubjectKind.NOT_MEASURED, signal.name(), "Chưa đo được " + signal.labelVi()
                    + ": không phân hệ nào cung cấp dữ liệu này; tiêu chí chấm phần còn lại", clause(clause), false));
        }

        /** The whole criterion cannot be measured: reported with the reason, and scored 0, never full points. */
        void unmeasurable(Signal signal, String reason, String clause) {
            findings.add(new Finding(SubjectKind.NOT_MEASURED, signal.name(), reason, clause(clause), false));
            notMeasured = reason;
        }

        void coverage(List<ClassSubjectCoverage> pairs) {
            coverage = pairs;
        }

        void deductBand(DeductionScale scale, int count) {
            deduction += scale.deductionFor(count, criterion.maxPoints());
        }

        void deduct(double points) {
            deduction += points;
        }

        double maxPoints() {
            return criterion.maxPoints();
        }

        void deductEach(FixedDeduction rule, SubjectKind kind, String subject, String message) {
            findings.add(new Finding(kind, subject, message, clause(rule.clause()), rule.deducts()));
            deduction += rule.points();
        }

        CriterionResult result() {
            double capped = Math.min(deduction, criterion.maxPoints());
            return new CriterionResult(criterion.id(), criterion.titleVi(), criterion.maxPoints(), capped,
                    notMeasured == null ? criterion.maxPoints() - capped : 0, findings, notMeasured, coverage);
        }
    }
}
