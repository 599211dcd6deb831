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
