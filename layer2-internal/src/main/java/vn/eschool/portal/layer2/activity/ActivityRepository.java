package vn.eschool.portal.layer2.activity;

import java.time.OffsetDateTime;
import java.util.Map;
import vn.eschool.portal.core.school.School;

public interface ActivityRepository {

    /** Counts one more opening of Layer 2 on the account's day, adding the day's row on the first. */
    void countVisit(School school, long accountId, OffsetDateTime at);

    /** Successful sign-ins per account id in [from, to). */
    Map<Long, Long> logins(School school, OffsetDateTime from, OffsetDateTime to);

    /** Layer 2 openings per account id on the days of [from, to). */
    Map<Long, Long> visits(School school, OffsetDateTime from, OffsetDateTime to);
}
