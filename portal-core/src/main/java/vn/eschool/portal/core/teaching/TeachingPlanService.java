package vn.eschool.portal.core.teaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.config.SchoolMonth;
import vn.eschool.portal.core.content.AuditCategory;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.plugin.Plugins;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Problem;
import vn.eschool.portal.core.school.School;

/**
 * The schools' teaching plans: classes and assignments per school year, checked against the programme (bundled,
 * or the district's own file {@code PORTAL_DATA_DIR/teaching/chuong-trinh.json}). Layer 2 checks e-lectures
 * against them; the audit reads them for II.2.2.
 */
@ApplicationScoped
public class TeachingPlanService {

    static final String BUNDLED_PROGRAMME = "teaching/chuong-trinh-2018.json";
    static final String DISTRICT_PROGRAMME = "teaching/chuong-trinh.json";

    /** A lecture of the year whose subject and class match no declared pair, for the school to fix. */
    public record UnmatchedLecture(long id, String title, String author, String subject, String className,
                                   String month) {
    }

    /** What an e-lecture teaches, written the plan's way, with the grade of its class. */
    public record Taught(String subject, String className, int grade) {
    }

    @Inject
    TeachingPlanRepository plans;

    @Inject
    AccountRepository accounts;

    @Inject
    PortalConfig config;

    @Inject
    ActivityLog log;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private volatile Programme programme;

    /** The district's programme file if it has one, else the bundled 2018 programme; read once. */
    public Programme programme() {
        Programme loaded = programme;
        if (loaded == null) {
            Path districtFile = config.sharedDir().resolve(DISTRICT_PROGRAMME);
            try (InputStream in = Files.isRegularFile(districtFile) ? Files.newInputStream(districtFile)
                    : TeachingPlanService.class.getClassLoader().getResourceAsStream(BUNDLED_PROGRAMME)) {
                loaded = Programme.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the programme file " + districtFile, e);
            }
            programme = loaded;
        }
        return loaded;
    }

    public SchoolYear currentYear() {
        return SchoolYear.of(SchoolMonth.of(clock.instant()));
    }

    public SchoolYear year(String param) {
        return SchoolYear.param(param, SchoolMonth.of(clock.instant()));
    }

    @Transactional
    public TeachingPlan plan(School school, SchoolYear year) {
        return new TeachingPlan(year,
                plans.classes(school, year).stream().map(c -> new PlanClass(c.name(), c.grade())).toList(),
                plans.assignments(school, year).stream()
                        .map(a -> new PlanAssignment(a.teacher().username(), a.subject(), a.className())).toList());
    }

    /** Replaces the year's classes; a class still assigned to a teacher cannot go. */
    @Transactional
    public TeachingPlan replaceClasses(School school, SchoolYear year, List<PlanClass> given) {
        PlanCheck.Checked<PlanClass> checked = PlanCheck.classes(given, school.level(), programme());
        refuseIfInvalid(checked);
        Set<String> kept = checked.values().stream().map(PlanClass::name).collect(Collectors.toSet());
        List<PlanError> stillAssigned = plan(school, year).assignments().stream()
                .filter(a -> !kept.contains(a.className())).map(PlanAssignment::className).distinct()
                .map(name -> new PlanError(0, "name", "class-assigned", "Lớp " + name + " còn phân công giảng dạy:"
                        + " sửa phân công trước.", "Class " + name + " still has assignments: change them first."))
                .toList();
        refuseIfInvalid(new PlanCheck.Checked<>(List.of(), stillAssigned));
        plans.replaceClasses(school, year, checked.values().stream()
                .map(c -> new TeachingClass(school, year, c.name(), c.grade())).toList());
        log.record(school, "teaching.classes.replaced", year.toString(), checked.values().size() + " lớp / classes");
        return plan(school, year);
    }

    /** The assignments written the plan's way, or why some cannot be kept (the import's preview). */
    @Transactional
    public PlanCheck.Checked<PlanAssignment> check(School school, SchoolYear year, List<PlanAssignment> given,
                                                  List<Integer> lines) {
        Set<String> teachers = accounts.findBySchool(school).stream().filter(Account::enabled)
                .map(Account::username).collect(Collectors.toSet());
        return PlanCheck.assignments(given, lines, plan(school, year).classes(), teachers, school.level(),
                programme());
    }

    /** Replaces the year's assignments, all or none. */
    @Transactional
    public TeachingPlan replaceAssignments(School school, SchoolYear year, List<PlanAssignment> given,
                                           List<Integer> lines, String source) {
        PlanCheck.Checked<PlanAssignment> checked = check(school, year, given, lines);
        refuseIfInvalid(checked);
        Map<String, Account> byUsername = accounts.findBySchool(school).stream()
                .collect(Collectors.toMap(Account::username, Function.identity()));
        plans.replaceAssignments(school, year, checked.values().stream().map(a -> new TeachingAssignment(school,
                year, byUsername.get(a.username()), a.subject(), a.className())).toList());
        log.record(school, "teaching.assignments.replaced", year.toString(),
                checked.values().size() + " phân công / assignments" + (source == null ? "" : " (" + source + ")"));
        return plan(school, year);
    }

    /**
     * The declared pair an e-lecture names, written the plan's way; empty before the school declares its plan
     * for the year of {@code countedOn} (uploads are then free, and listed as unmatched).
     *
     * @param anyDeclaredPair a school admin uploading for a teacher may name any declared pair; a teacher only
     *                        their own assignments
     */
    @Transactional
    public Optional<Taught> requireTaught(School school, OffsetDateTime countedOn, String author,
                                                boolean anyDeclaredPair, String subject, String className) {
        TeachingPlan plan = plan(school, SchoolYear.of(SchoolMonth.of(countedOn)));
        if (!plan.declared()) {
            return Optional.empty();
        }
        Set<ClassSubject> allowed = anyDeclaredPair ? plan.pairs() : plan.pairsOf(author);
        Optional<ClassSubject> pair = TeachingPlan.match(allowed, subject, className);
        if (pair.isEmpty()) {
            throw PortalException.badRequest("not-assigned", allowed.isEmpty()
                            ? "Phân công chuyên môn năm học " + plan.year() + " chưa giao môn nào cho " + author + "."
                            : "Môn " + subject + " lớp " + className + " không có trong phân công chuyên môn của "
                            + author + " năm học " + plan.year() + ". Chọn một trong các môn/lớp được phân công.",
                    allowed.isEmpty() ? "The " + plan.year() + " teaching assignments give " + author + " no subject."
                            : subject + " in " + className + " is not among " + author + "'s teaching assignments for "
                            + plan.year() + ". Choose one of the assigned pairs.")
                    .withErrors(allowed.stream().map(p -> new Problem.FieldError("allowed",
                            p.subject() + " – " + p.className())).toList());
        }
        return Optional.of(new Taught(pair.get().subject(), pair.get().className(),
                plan.gradeOf(pair.get().className()).orElseThrow()));
    }

    /** The year's e-lectures whose subject and class fold to no declared pair (all of them before a plan exists). */
    @Transactional
    public List<UnmatchedLecture> unmatched(School school, SchoolYear year) {
        TeachingPlan plan = plan(school, year);
        Set<ClassSubject> pairs = plan.pairs();
        return em.createQuery("select c from ContentItem c where c.school = :school and c.type in :types"
                        + " and c.status <> :deleted", ContentItem.class)
                .setParameter("school", school)
                .setParameter("types", Plugins.typesIn(AuditCategory.LECTURES))
                .setParameter("deleted", ContentStatus.DELETED)
                .getResultList().stream()
                .filter(item -> year.equals(SchoolYear.of(SchoolMonth.of(item.effectiveDate()))))
                .filter(item -> {
                    LectureFacts facts = item.lectureFacts();
                    return TeachingPlan.match(pairs, facts.subject(), facts.className()).isEmpty();
                })
                .sorted(Comparator.comparing(ContentItem::effectiveDate).reversed())
                .map(item -> new UnmatchedLecture(item.id(), item.title(),
                        item.author() == null ? null : item.author().username(), item.lectureFacts().subject(),
                        item.lectureFacts().className(), SchoolMonth.of(item.effectiveDate()).toString()))
                .toList();
    }

    private static void refuseIfInvalid(PlanCheck.Checked<?> checked) {
        if (!checked.ok()) {
            throw PortalException.badRequest("invalid-plan",
                    "Kế hoạch có " + checked.errors().size() + " lỗi: chưa lưu gì. Sửa các dòng được nêu rồi gửi lại.",
                    "The plan has " + checked.errors().size() + " errors: nothing was saved. Fix the lines listed"
                            + " and send it again.")
                    .withErrors(checked.errors().stream().map(PlanError::asFieldError).toList());
        }
    }
}
