package vn.eschool.portal.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eschool.portal.audit.calendar.CalendarService;
import vn.eschool.portal.audit.calendar.EventCalendar;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.input.LectureCounts;
import vn.eschool.portal.audit.input.MergedSignals;
import vn.eschool.portal.audit.report.MonthlyReportRepository;
import vn.eschool.portal.audit.rules.AdminAccountsMeasure;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.rules.LectureQuotaMeasure;
import vn.eschool.portal.audit.rules.PublicSiteMeasure;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.rules.RuleSetCatalog;
import vn.eschool.portal.audit.schoolyear.SchoolYearService;
import vn.eschool.portal.audit.schoolyear.TeachingCalendar;
import vn.eschool.portal.audit.scoring.AdminAccount;
import vn.eschool.portal.audit.scoring.AuditEngine;
import vn.eschool.portal.audit.scoring.AuditInput;
import vn.eschool.portal.audit.scoring.AuditResult;
import vn.eschool.portal.audit.scoring.ExpectedEvent;
import vn.eschool.portal.audit.scoring.Layer1Status;
import vn.eschool.portal.audit.scoring.MonthlyReports;
import vn.eschool.portal.audit.scoring.NotInSession;
import vn.eschool.portal.audit.scoring.Signal;
import vn.eschool.portal.audit.scoring.TeacherActivity;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.AccountService;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.account.StaffDates;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.AuditCategory;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.index.ContentIndex;
import vn.eschool.portal.core.index.CountQuery;
import vn.eschool.portal.core.index.Dimension;
import vn.eschool.portal.core.index.SearchIndexer;
import vn.eschool.portal.core.index.SearchQuery;
import vn.eschool.portal.core.index.SearchResult;
import vn.eschool.portal.core.plugin.AuditSignals;
import vn.eschool.portal.core.plugin.Plugins;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.LoginEvent;
import vn.eschool.portal.core.teaching.ClassSubject;
import vn.eschool.portal.core.teaching.SchoolCalendar;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.core.teaching.TeachingPlan;
import vn.eschool.portal.core.teaching.TeachingPlanService;

/**
 * Gathers a school's month for the audit engine: activity from the content index, logins from the sign-in log,
 * what only plugins know from {@link AuditSignals}. Reads only.
 */
@ApplicationScoped
public class AuditService {

    /** News this long before an event is listed as its announcement (which does not report it). */
    static final int EVENT_NEWS_DAYS_BEFORE = 14;
    /** A post this long after the event is still found, so that it is reported late rather than missing. */
    static final int EVENT_NEWS_SEARCH_DAYS_AFTER = 60;
    private static final int DEFAULT_EVENT_WINDOW_DAYS = 7;

    private static final RuleSetCatalog CATALOG = RuleSetCatalog.bundled();

    @Inject
    SearchIndexer indexer;

    @Inject
    AccountRepository accounts;

    @Inject
    SchoolService schools;

    @Inject
    Instance<AuditSignals> signals;

    @Inject
    Clock clock;

    @Inject
    CalendarService calendars;

    @Inject
    MonthlyReportRepository reports;

    @Inject
    TeachingPlanService teachingPlans;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    AccountService accountService;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<RuleSet> ruleSets() {
        return CATALOG.all();
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(ClockProducer.SCHOOL_ZONE));
    }

    /** The rule set asked for by id, else the one in force for the month. */
    public RuleSet ruleSet(String id, YearMonth month) {
        if (id != null && !id.isBlank()) {
            return CATALOG.find(id.strip()).orElseThrow(() -> PortalException.badRequest("unknown-rule-set",
                    "Không có bộ tiêu chí \"" + id.strip() + "\". Các bộ tiêu chí hiện có: " + ids() + ".",
                    "No rule set \"" + id.strip() + "\"; known: " + ids() + "."));
        }
        return CATALOG.inForceFor(month).orElseThrow(() -> PortalException.badRequest("no-rule-set-in-force",
                "Tháng " + month + " chưa có bộ tiêu chí nào có hiệu lực.", "No rule set is in force in " + month + "."));
    }

    public SchoolAuditReport audit(School school, AuditMonth month, RuleSet ruleSet) {
        TeachingCalendar calendar = schoolYears.of(school, month.month());
        List<LocalDate> teachingDays = calendar.teachingDays(month.month());
        if (teachingDays.isEmpty()) {
            AuditResult result = NotInSession.result(ruleSet, month.month());
            return new SchoolAuditReport(school.code(), school.name(), month.month(), ruleSet.id(), ruleSet.decision(),
                    List.of(), result.criteria(), result.totalScore(), result.maxTotal(), Set.of(), false, List.of());
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE));
        LocalDate asOf = month.lastDay().isAfter(today) ? today : month.lastDay();
        MergedSignals merged = MergedSignals.ask(signals, school, month.month(), asOf);
        Set<Signal> notMeasured = new HashSet<>(merged.notMeasured());

        ContentIndex index = indexer.index();
        Set<String> lectureTypes = Plugins.typesIn(AuditCategory.LECTURES);
        CountQuery thisMonth = CountQuery.published(Set.of(school.code()), month.month(), month.month());
        CountQuery lecturesThisMonth = thisMonth.withTypes(lectureTypes);
        Map<List<String>, Long> byAuthorAndType = count(index, thisMonth, Dimension.AUTHOR_USERNAME, Dimension.TYPE);
        Map<List<String>, Long> byAuthorAndSoftware = count(index, lecturesThisMonth, Dimension.AUTHOR_USERNAME, Dimension.SOFTWARE);
        Set<String> specialised = LectureCounts.specialisedPrograms(byAuthorAndSoftware, ruleSet);
        Map<List<String>, Long> specialisedByAuthor = specialised.isEmpty() ? Map.of()
                : count(index, lecturesThisMonth.withSoftware(specialised), Dimension.AUTHOR_USERNAME);
        LectureCounts lectures = LectureCounts.of(byAuthorAndType, byAuthorAndSoftware, specialisedByAuthor, lectureTypes);
        Map<String, Integer> semesterPrograms = semesterPrograms(index, school, month, ruleSet);

        Map<Long, Integer> logins = successfulLogins(school, month);
        Map<Long, Integer> visits = merged.layer2VisitsByAccount().orElse(Map.of());
        Map<Long, StaffDates> staffDates = accountService.staffDates(school);
        List<Account> teachers = accounts.findBySchool(school).stream()
                .filter(account -> account.teaches() && ruleSet.countsAsTeacher(account.role())
                        && staffDates.get(account.id()).countsFor(teachingDays))
                .sorted(Comparator.comparing(Account::username))
                .toList();
        List<TeacherActivity> activity = teachers.stream().map(teacher -> new TeacherActivity(
                teacher.username(), teacher.fullName(), groupOf(teacher), teacher.role(), true,
                lectures.lectures(teacher.username()), lectures.withSpecialisedSoftware(teacher.username()),
                semesterPrograms.getOrDefault(teacher.username(), 0),
                lectures.usedAnySoftware(teacher.username()), logins.getOrDefault(teacher.id(), 0),
                visits.getOrDefault(teacher.id(), 0))).toList();

        TeachingPlan plan = teachingPlans.plan(school, SchoolYear.of(month.month()));
        if (!plan.declared()) {
            notMeasured.add(Signal.TEACHING_PLAN);
        }
        Map<ClassSubject, Set<Integer>> coveredWeeks = learningMaterials(index, school, month, plan);
        AuditInput input = new AuditInput(month.month(), activity, plan.pairs(), coveredWeeks.keySet(),
                new Layer1Status(merged.layer1SectionsLastUpdated().orElse(Map.of()), newsPostsByCategory(index, school, month),
                        merged.layer1SectionGaps().orElse(List.of())),
                expectedEvents(index, school, month, ruleSet), albumPhotos(index, school, month),
                merged.folderItemsAdded().orElse(Map.of()),
                accounts.groupsOf(school).stream().map(ProfessionalGroup::name).collect(Collectors.toSet()),
                merged.groupsWithLessonRepository().orElse(Set.of()), notMeasured,
                monthlyReports(school, month), adminAccounts(school, ruleSet), coveredWeeks,
                teachingDays.stream().map(day -> SchoolCalendar.LESSON_WEEKS.weekOf(day).number()).distinct().toList());
        AuditResult result = AuditEngine.audit(ruleSet, input);

        boolean visitsMeasured = !notMeasured.contains(Signal.LAYER2_VISITS);
        List<SchoolAuditReport.TeacherRow> rows = activity.stream().map(teacher -> new SchoolAuditReport.TeacherRow(
                teacher.username(), teacher.fullName(), teacher.group(), postsOf(byAuthorAndType, lectureTypes, teacher.username()),
                teacher.lectures(), teacher.lecturesWithSpecialisedSoftware(), teacher.logins(),
                visitsMeasured ? teacher.layer2Visits() : null, result.findingsForTeacher(teacher.username()))).toList();
        return new SchoolAuditReport(school.code(), school.name(), month.month(), ruleSet.id(), ruleSet.decision(), rows,
                result.criteria(), result.totalScore(), result.maxTotal(), Set.copyOf(notMeasured), true,
                leavesIn(school, month, teachingDays, staffDates));
    }

    /** The leaves that overlap the month, each saying whether it excuses the person for the month. */
    private List<SchoolAuditReport.LeaveLine> leavesIn(School school, AuditMonth month, List<LocalDate> teachingDays,
                                                       Map<Long, StaffDates> staffDates) {
        return accountService.leavesOf(school).stream()
                .filter(leave -> !leave.firstDay().isAfter(month.lastDay())
                        && !leave.lastDay().isBefore(month.month().atDay(1)))
                .map(leave -> new SchoolAuditReport.LeaveLine(leave.account().username(), leave.account().fullName(),
                        leave.firstDay(), leave.lastDay(), leave.reason().labelVi(),
                        !staffDates.get(leave.account().id()).countsFor(teachingDays)))
                .toList();
    }

    /** The months of the school year before this one each owe a report; the portal's stored ones are counted. */
    private MonthlyReports monthlyReports(School school, AuditMonth month) {
        List<YearMonth> due = new ArrayList<>();
        for (YearMonth m = month.schoolYearStart(); m.isBefore(month.month()); m = m.plusMonths(1)) {
            due.add(m);
        }
        return due.isEmpty() ? MonthlyReports.NONE_DUE
                : new MonthlyReports(due, reports.monthsReported(school, due.get(0), due.get(due.size() - 1)));
    }

    /** The enabled accounts of the roles the rule set counts as administering the portal. */
    private List<AdminAccount> adminAccounts(School school, RuleSet ruleSet) {
        Set<Role> roles = ruleSet.measure(AdminAccountsMeasure.class).map(AdminAccountsMeasure::roles).orElse(Set.of());
        return accounts.findBySchool(school).stream()
                .filter(account -> account.enabled() && roles.contains(account.role()))
                .map(account -> new AdminAccount(account.username(), account.fullName(), account.role(),
                        account.twoFactorEnabled()))
                .toList();
    }

    /** Every school of the district, audited with the same rule set. */
    public DistrictAuditSummary district(AuditMonth month, RuleSet ruleSet) {
        List<DistrictAuditSummary.SchoolLine> lines = schools.all().stream().map(school -> {
            SchoolAuditReport report = audit(school, month, ruleSet);
            Map<String, Double> scores = new LinkedHashMap<>();
            report.criteria().forEach(criterion -> scores.put(criterion.id(), criterion.score()));
            return new DistrictAuditSummary.SchoolLine(school.code(), school.name(), scores, report.totalScore(),
                    report.inSession());
        }).toList();
        double maxTotal = ruleSet.measuredCriteria().stream().mapToDouble(Criterion::maxPoints).sum();
        return new DistrictAuditSummary(month.month(), ruleSet.id(), ruleSet.decision(), maxTotal, lines);
    }

    /** Specialised programs per teacher over the semester up to the month, when the rule set has a semester rule. */
    private static Map<String, Integer> semesterPrograms(ContentIndex index, School school, AuditMonth month,
                                                         RuleSet ruleSet) {
        boolean hasSemesterRule = ruleSet.measure(LectureQuotaMeasure.class)
                .flatMap(LectureQuotaMeasure::semesterRule).isPresent();
        if (!hasSemesterRule) {
            return Map.of();
        }
        CountQuery semester = CountQuery.published(Set.of(school.code()), month.semesterStart(), month.month())
                .withTypes(Plugins.typesIn(AuditCategory.LECTURES));
        return LectureCounts.specialisedProgramsPerAuthor(
                count(index, semester, Dimension.AUTHOR_USERNAME, Dimension.SOFTWARE), ruleSet);
    }

    private String ids() {
        return String.join(", ", CATALOG.all().stream().map(RuleSet::id).toList());
    }

    private static String groupOf(Account account) {
        return account.group() == null ? null : account.group().name();
    }

    private static long postsOf(Map<List<String>, Long> byAuthorAndType, Set<String> lectureTypes, String username) {
        return byAuthorAndType.entrySet().stream()
                .filter(e -> e.getKey().get(0).equals(username) && !lectureTypes.contains(e.getKey().get(1)))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private Map<Long, Integer> successfulLogins(School school, AuditMonth month) {
        Map<Long, Integer> byAccount = new HashMap<>();
        em.createQuery("select e.accountId, count(e) from LoginEvent e where e.schoolId = :school and e.outcome = :success"
                        + " and e.occurredAt >= :start and e.occurredAt < :end and e.accountId is not null group by e.accountId",
                        Object[].class)
                .setParameter("school", school.id())
                .setParameter("success", LoginEvent.Outcome.SUCCESS)
                .setParameter("start", month.start())
                .setParameter("end", month.end())
                .getResultList()
                .forEach(row -> byAccount.put((Long) row[0], ((Number) row[1]).intValue()));
        return byAccount;
    }

    /**
     * II.2.2: the declared classes and subjects that got learning material in the month (an e-lecture, or an item of a
     * lesson repository naming its class and subject), each with its school weeks. Free-text names match the plan
     * folded ("toan", "6a" is "Toán", "6A").
     */
    private static Map<ClassSubject, Set<Integer>> learningMaterials(ContentIndex index, School school,
                                                                   AuditMonth month, TeachingPlan plan) {
        Set<String> materialTypes = new HashSet<>(Plugins.typesIn(AuditCategory.LECTURES));
        materialTypes.addAll(Plugins.typesIn(AuditCategory.DOCUMENTS));
        Map<ClassSubject, Set<Integer>> weeks = new HashMap<>();
        Set<ClassSubject> pairs = plan.pairs();
        count(index, CountQuery.published(Set.of(school.code()), month.month(), month.month())
                .withTypes(materialTypes), Dimension.CLASS, Dimension.SUBJECT, Dimension.WEEK)
                .keySet().forEach(key -> TeachingPlan.match(pairs, key.get(1), key.get(0)).ifPresent(pair -> {
                    Set<Integer> pairWeeks = weeks.computeIfAbsent(pair, p -> new HashSet<>());
                    if (!key.get(2).equals(Dimension.MISSING)) {
                        pairWeeks.add(Integer.valueOf(key.get(2)));
                    }
                }));
        return weeks;
    }

    /** Every news category (chuyên mục) used up to the month, with its posts in the month (0 included). */
    private static Map<String, Integer> newsPostsByCategory(ContentIndex index, School school, AuditMonth month) {
        Map<String, Integer> posts = new HashMap<>();
        count(index, CountQuery.published(Set.of(school.code()), null, month.month()).withTypes(Plugins.typesIn(AuditCategory.NEWS)),
                Dimension.MONTH, Dimension.CATEGORY).forEach((key, n) -> {
                    if (!key.get(1).equals(Dimension.MISSING)) {
                        int thisMonth = key.get(0).equals(month.month().toString()) ? n.intValue() : 0;
                        posts.merge(key.get(1), thisMonth, Integer::sum);
                    }
                });
        return posts;
    }

    private static long albumPhotos(ContentIndex index, School school, AuditMonth month) {
        return count(index, CountQuery.published(Set.of(school.code()), null, month.month()).withTypes(Plugins.typesIn(AuditCategory.PHOTOS)))
                .values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The events of the month in the school's calendar (district defaults and the school's own lines), each with
     * the days news mentioned it (the engine tells announcements from coverage); the window comes from the rule set.
     * An event not reported yet whose window is still open is left out: the school still has time.
     */
    private List<ExpectedEvent> expectedEvents(ContentIndex index, School school, AuditMonth month, RuleSet ruleSet) {
        int window = ruleSet.measure(PublicSiteMeasure.class).map(PublicSiteMeasure::eventWindowDays)
                .orElse(DEFAULT_EVENT_WINDOW_DAYS);
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE));
        return calendars.of(school).eventsIn(month.month()).stream()
                .filter(event -> !event.date().isAfter(today))
                .map(event -> new ExpectedEvent(event.name(), event.date(), newsDaysAbout(index, school, event, today)))
                .filter(event -> event.coveredOn().isPresent() || today.isAfter(event.date().plusDays(window)))
                .toList();
    }

    private static List<LocalDate> newsDaysAbout(ContentIndex index, School school, EventCalendar.SchoolEvent event,
                                                 LocalDate today) {
        LocalDate to = event.date().plusDays(EVENT_NEWS_SEARCH_DAYS_AFTER);
        SearchQuery query = new SearchQuery(event.searchText(), Set.of(school.code()), false, true, ContentTypes.NEWS, null,
                event.date().minusDays(EVENT_NEWS_DAYS_BEFORE), to.isAfter(today) ? today : to, 0, SearchQuery.MAX_PAGE_SIZE);
        try {
            return index.search(query).hits().stream()
                    .map(hit -> hit.date().atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate())
                    .distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<List<String>, Long> count(ContentIndex index, CountQuery query, Dimension... groupBy) {
        try {
            return index.count(query, groupBy);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count the index for the audit", e);
        }
    }
}
