package vn.eschool.portal.layer1.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.config.SchoolMonth;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The monthly article plan: topics assigned to the board's writers, fulfilled by news posts. */
@ApplicationScoped
public class PlanService {

    @Inject
    PlanTopicRepository topics;

    @Inject
    AccountRepository accounts;

    @Inject
    ActivityLog log;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public YearMonth currentMonth() {
        return SchoolMonth.of(clock.instant());
    }

    @Transactional
    public MonthPlan month(School school, YearMonth month) {
        List<PlanTopicView> views = topics.findByMonth(school, month).stream().map(this::view).toList();
        return new MonthPlan(month.toString(), views,
                PlanProgress.Summary.of(views.stream().map(PlanTopicView::progress).toList()));
    }

    /** Who may be assigned a topic: the school's enabled editors and board members. */
    @Transactional
    public List<Account> writers(School school) {
        return accounts.findBySchool(school).stream().filter(PlanService::canWrite).toList();
    }

    @Transactional
    public PlanTopicView add(School school, AuthenticatedUser user, PlanTopicRequest request) {
        PlanTopic topic = new PlanTopic(school, YearMonth.parse(request.month()),
                em.find(Account.class, user.accountId()), OffsetDateTime.now(clock));
        assign(school, topic, request);
        topics.add(topic);
        log.record(school, "layer1.plan.topic-added", String.valueOf(topic.id()), topic.topic());
        return view(topic);
    }

    @Transactional
    public PlanTopicView update(School school, long id, PlanTopicRequest request) {
        PlanTopic topic = topics.find(school, id).orElseThrow(() -> PortalException.notFound(
                "Không tìm thấy chủ đề trong kế hoạch.", "Topic not found in the plan."));
        topic.planFor(YearMonth.parse(request.month()));
        assign(school, topic, request);
        log.record(school, "layer1.plan.topic-updated", String.valueOf(topic.id()), topic.topic());
        return view(topic);
    }

    private void assign(School school, PlanTopic topic, PlanTopicRequest request) {
        Account writer = accounts.findByLogin(school, request.writer().strip())
                .filter(PlanService::canWrite)
                .orElseThrow(() -> PortalException.badRequest("writer-not-editor",
                        "Người viết \"" + request.writer().strip() + "\" phải là thành viên ban biên tập của trường.",
                        "The writer \"" + request.writer().strip() + "\" must be on the school's editorial board."));
        ContentItem post = request.postId() == null ? null : Optional.ofNullable(em.find(ContentItem.class,
                        request.postId()))
                .filter(c -> c.school().id().equals(school.id()) && ContentTypes.NEWS.equals(c.type())
                        && c.status() != ContentStatus.DELETED)
                .orElseThrow(() -> PortalException.badRequest("post-not-found",
                        "Không có bài viết số " + request.postId() + " trong tin tức của trường.",
                        "No news post " + request.postId() + " in this school."));
        topic.assign(request.topic().strip(), writer, request.deadline(), post);
    }

    private static boolean canWrite(Account account) {
        return account.enabled() && (account.role() == Role.EDITOR || account.role() == Role.SCHOOL_ADMIN);
    }

    private PlanTopicView view(PlanTopic topic) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate();
        ContentItem post = topic.post();
        Optional<LocalDate> published = post == null || post.status() != ContentStatus.PUBLISHED
                || post.publishedAt() == null || post.publishedAt().isAfter(now) ? Optional.empty()
                : Optional.of(post.publishedAt().atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate());
        return PlanTopicView.of(topic, PlanProgress.of(topic.deadline(), published, today));
    }
}
