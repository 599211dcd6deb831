package vn.eschool.portal.audit.calendar;

import java.util.List;
import java.util.Optional;

/** Rows of the event calendar. */
public interface CalendarEventRepository {

    /** The district's defaults. */
    List<CalendarEvent> districtDefaults();

    /** A school's own lines. */
    List<CalendarEvent> ofSchool(long schoolId);

    /** Every school's lines replacing the district event {@code districtEventId}. */
    List<CalendarEvent> replacing(long districtEventId);

    Optional<CalendarEvent> find(long id);

    CalendarEvent add(CalendarEvent event);

    void remove(CalendarEvent event);
}
