package vn.eschool.portal.layer1.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

public interface PlanTopicRepository {

    /** The month's topics by deadline. */
    List<PlanTopic> findByMonth(School school, YearMonth month);

    Optional<PlanTopic> find(School school, long id);

    PlanTopic add(PlanTopic topic);
}
