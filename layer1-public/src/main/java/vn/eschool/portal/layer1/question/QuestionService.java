package vn.eschool.portal.layer1.question;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** Parents' questions: asked on the contact page, answered by the editors, some published as an FAQ. */
@ApplicationScoped
public class QuestionService {

    public static final int FAQ_SIZE = 20;
    public static final int PAGE_SIZE = 50;

    @Inject
    QuestionRepository questions;

    @Inject
    Clock clock;

    @Inject
    ActivityLog log;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Tests set 0 so as not to wait; people never fill the form faster than the default. */
    @Inject
    @ConfigProperty(name = "portal.questions.min.fill.seconds", defaultValue = "3")
    long minimumFillSeconds;

    private FormStamp stamps;

    @PostConstruct
    void createKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        stamps = new FormStamp(key);
    }

    public String newStamp() {
        return stamps.issue(clock.instant());
    }

    /** Whether the contact page takes questions: open unless the school closed it. */
    @Transactional
    public boolean formOpen(School school) {
        QuestionFormSwitch formSwitch = em.find(QuestionFormSwitch.class, school.id());
        return formSwitch == null || formSwitch.open();
    }

    /** Opens or closes the form; logged, as closing it is a shortcoming of the public site (II.3.1). */
    @Transactional
    public boolean switchForm(School school, AuthenticatedUser user, boolean open) {
        QuestionFormSwitch formSwitch = em.find(QuestionFormSwitch.class, school.id());
        if (formSwitch == null) {
            formSwitch = new QuestionFormSwitch(school.id());
            formSwitch.set(open, user.username(), OffsetDateTime.now(clock));
            em.persist(formSwitch);
        } else {
            formSwitch.set(open, user.username(), OffsetDateTime.now(clock));
        }
        log.record(school, open ? "layer1.question-form.opened" : "layer1.question-form.closed", school.code(), null);
        return open;
    }

    /** Stores the question when the form passes; a honeypot hit is dropped without telling the bot. */
    @Transactional
    public QuestionForm.Verdict ask(School school, QuestionForm form, String stamp, String clientIp) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long recent = questions.countFromAddressSince(clientIp, now.minusHours(1));
        QuestionForm.Verdict verdict = form.judge(stamps.age(stamp, clock.instant()).orElse(null),
                Duration.ofSeconds(minimumFillSeconds), recent);
        if (verdict.outcome() == QuestionForm.Outcome.ACCEPT) {
            questions.add(new Question(school, form.name(), form.contact(), form.question(), clientIp, now));
        }
        return verdict;
    }

    @Transactional
    public List<Question> list(School school, boolean unansweredOnly, int page) {
        return questions.list(school, unansweredOnly, PageParam.offset(page, PAGE_SIZE), PAGE_SIZE);
    }

    @Transactional
    public List<Question> faq(School school) {
        return questions.faq(school, FAQ_SIZE);
    }

    @Transactional
    public Question answer(School school, AuthenticatedUser user, long id, AnswerRequest request) {
        Question question = questions.find(school, id).orElseThrow(() -> PortalException.notFound(
                "Không tìm thấy câu hỏi.", "Question not found."));
        question.answer(request.answer().strip(), em.find(Account.class, user.accountId()),
                OffsetDateTime.now(clock), Boolean.TRUE.equals(request.showInFaq()));
        return question;
    }
}
