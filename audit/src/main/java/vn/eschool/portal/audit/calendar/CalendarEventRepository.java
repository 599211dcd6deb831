package vn.eschool.portal.audit.calendar;

import java.util.List;
import java.util.Optional;

/** Rows of the event calendar. */
public interface CalendarEventRepository {

    /** The district's defaults. */
    List<CalendarEvent> districtDefaults();

    /** A school's own lines. */
    List<CalendarEvent> ofSchool(long schoolId);

    /**
     * Before a district event goes: deletes the schools' cancellations of it and turns their replacements of it
     * into events of their own.
     */
    void releaseReplacements(long districtEventId);

    Optional<CalendarEvent> find(long id);

    CalendarEvent add(CalendarEvent event);

    void remove(CalendarEvent event);
}
