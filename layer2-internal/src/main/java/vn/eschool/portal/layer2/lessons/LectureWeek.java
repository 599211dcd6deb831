package vn.eschool.portal.layer2.lessons;

import java.time.OffsetDateTime;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.teaching.SchoolCalendar;
import vn.eschool.portal.core.teaching.SchoolWeek;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * The school week a lecture is filed under: the one the teacher names, else the week of its date (the upload, or
 * the original date of migrated history) in the school's time: Sunday 23:30 in Hà Nội is still that week.
 */
public final class LectureWeek {

    private LectureWeek() {
    }

    public static SchoolWeek of(SchoolCalendar calendar, OffsetDateTime date, Integer requested) {
        SchoolWeek ofDate = calendar.weekOf(date.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate());
        if (requested == null) {
            return ofDate;
        }
        SchoolYear year = ofDate.year();
        int weeks = calendar.weeksIn(year);
        if (requested < 1 || requested > weeks) {
            throw PortalException.badRequest("invalid-week", "Năm học " + year + " có các tuần 1 đến "
                    + weeks + ".", "School year " + year + " has weeks 1 to " + weeks + ".");
        }
        return new SchoolWeek(year, requested, calendar.weekStart(year, requested));
    }
}
