package vn.eschool.portal.layer1.question;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

public interface QuestionRepository {

    Question add(Question question);

    Optional<Question> find(School school, long id);

    /** Newest first; {@code unansweredOnly} for the editors' inbox. */
    List<Question> list(School school, boolean unansweredOnly, int offset, int limit);

    /** Answered questions chosen for the FAQ, newest answers first. */
    List<Question> faq(School school, int limit);

    long countFromAddressSince(String clientIp, OffsetDateTime since);
}
