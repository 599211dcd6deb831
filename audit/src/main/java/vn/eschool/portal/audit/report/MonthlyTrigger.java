package vn.eschool.portal.audit.report;

import jakarta.enterprise.concurrent.LastExecution;
import jakarta.enterprise.concurrent.ZonedTrigger;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import vn.eschool.portal.core.config.ClockProducer;

/** The container's trigger for the monthly report: the next 20th after the last run (or after scheduling). */
final class MonthlyTrigger implements ZonedTrigger {

    @Override
    public ZoneId getZoneId() {
        return ClockProducer.SCHOOL_ZONE;
    }

    @Override
    public ZonedDateTime getNextRunTime(LastExecution last, ZonedDateTime scheduledAt) {
        return MonthlySchedule.nextRun(last == null ? scheduledAt : last.getScheduledStart(getZoneId()));
    }
}
