package vn.eschool.portal.audit.calendar;

import java.util.List;

/**
 * A school's calendar for one school year: the events in force with their dates, and the school's own lines
 * (additions, replacements and cancellations of district events).
 */
public record SchoolCalendarView(String school, String schoolYear, List<EventCalendar.SchoolEvent> events,
                                 List<CalendarEventView> schoolLines, List<CalendarEventView> districtDefaults) {
}
