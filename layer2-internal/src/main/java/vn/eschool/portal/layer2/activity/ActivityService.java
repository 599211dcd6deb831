package vn.eschool.portal.layer2.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountService;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * Who signs in and who opens Layer 2, per month: what the school admin follows up and what the audit counts
 * (II.3.2: teachers not logging in or not opening Layer 2 cost points).
 */
@ApplicationScoped
public class ActivityService {

    private static final Logger LOG = Logger.getLogger(ActivityService.class.getName());

    @Inject
    ActivityRepository activity;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    /** Counts an opening of Layer 2 by a member of the school; the district's visits are not the school's. */
    public void recordVisit(School school, AuthenticatedUser user) {
        if (user.schoolId() == null || !user.schoolId().equals(school.id())) {
            return;
        }
        try {
            activity.countVisit(school, user.accountId(), OffsetDateTime.now(clock));
        } catch (RuntimeException concurrentFirstVisit) {
            // Two first openings of the day at once: the twin request added the day's row, so the day counts.
            LOG.log(Level.FINE, "Layer 2 visit not counted", concurrentFirstVisit);
        }
    }

    /** The school's enabled accounts with their sign-ins and Layer 2 openings in {@code month}. */
    @Transactional
    public List<StaffActivity> monthly(School school, YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        Map<Long, Long> logins = activity.logins(school, from, to);
        Map<Long, Long> visits = activity.visits(school, from, to);
        return accounts.of(school).stream().filter(Account::enabled).map(a -> new StaffActivity(a.username(),
                a.fullName(), a.role(), a.role().labelVi(), a.group() == null ? null : a.group().name(),
                logins.containsKey(a.id()), logins.getOrDefault(a.id(), 0L), visits.getOrDefault(a.id(), 0L)))
                .toList();
    }
}
