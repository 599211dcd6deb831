package vn.eschool.portal.audit.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;

/**
 * The event calendar: district defaults kept by district admins, each school's additions and replacements kept
 * by its admins. The audit's event timeliness reads {@link #of(School)}.
 */
@ApplicationScoped
public class CalendarService {

    @Inject
    CalendarEventRepository events;

    @Inject
    ActivityLog log;

    public List<CalendarEntry> districtDefaults() {
        return events.districtDefaults().stream().map(CalendarEvent::entry).toList();
    }

    public List<CalendarEntry> schoolLines(School school) {
        return events.ofSchool(school.id()).stream().map(CalendarEvent::entry).toList();
    }

    /** The school's calendar in force. */
    public EventCalendar of(School school) {
        return EventCalendar.merge(districtDefaults(), schoolLines(school));
    }

    public SchoolCalendarView view(School school, int schoolYearFirstYear) {
        return new SchoolCalendarView(school.code(), schoolYearFirstYear + "-" + (schoolYearFirstYear + 1),
                of(school).schoolYear(schoolYearFirstYear),
                schoolLines(school).stream().map(CalendarEventView::of).toList(),
                districtDefaults().stream().map(CalendarEventView::of).toList());
    }

    @Transactional
    public CalendarEntry addDefault(CalendarEventRequest request) {
        if (request.replaces() != null || request.isCancellation()) {
            throw PortalException.badRequest("district-event-replaces", "Sự kiện chung của Phòng không thay thế sự kiện nào.",
                    "A district event replaces nothing.");
        }
        CalendarEvent event = events.add(describe(new CalendarEvent(null, null), request));
        log.record(null, "audit.calendar.added", request.name().strip(), dateText(request));
        return event.entry();
    }

    @Transactional
    public CalendarEntry changeDefault(long id, CalendarEventRequest request) {
        CalendarEvent event = events.find(id).filter(e -> e.schoolId() == null).orElseThrow(CalendarService::notFound);
        if (request.replaces() != null || request.isCancellation()) {
            throw PortalException.badRequest("district-event-replaces", "Sự kiện chung của Phòng không thay thế sự kiện nào.",
                    "A district event replaces nothing.");
        }
        describe(event, request);
        log.record(null, "audit.calendar.changed", request.name().strip(), dateText(request));
        return event.entry();
    }

    /** Removes a district event; schools' cancellations of it go too, their replacements stay as their own events. */
    @Transactional
    public void removeDefault(long id) {
        CalendarEvent event = events.find(id).filter(e -> e.schoolId() == null).orElseThrow(CalendarService::notFound);
        events.releaseReplacements(id);
        events.remove(event);
        log.record(null, "audit.calendar.removed", event.entry().name(), null);
    }

    @Transactional
    public CalendarEntry addForSchool(School school, CalendarEventRequest request) {
        checkReplacement(school, null, request);
        CalendarEvent event = events.add(describe(new CalendarEvent(school.id(), request.replaces()), request));
        log.record(school, "audit.calendar.added", request.name().strip(), dateText(request));
        return event.entry();
    }

    @Transactional
    public CalendarEntry changeForSchool(School school, long id, CalendarEventRequest request) {
        CalendarEvent event = ownLine(school, id);
        if (!Objects.equals(event.entry().replacesId(), request.replaces())) {
            throw PortalException.badRequest("replaces-fixed", "Không đổi được sự kiện được thay thế; hãy xoá dòng này và thêm dòng mới.",
                    "The replaced event cannot change; delete this line and add a new one.");
        }
        checkReplacement(school, id, request);
        describe(event, request);
        log.record(school, "audit.calendar.changed", request.name().strip(), dateText(request));
        return event.entry();
    }

    @Transactional
    public void removeForSchool(School school, long id) {
        CalendarEvent event = ownLine(school, id);
        events.remove(event);
        log.record(school, "audit.calendar.removed", event.entry().name(), null);
    }

    private CalendarEvent ownLine(School school, long id) {
        return events.find(id).filter(e -> school.id().equals(e.schoolId())).orElseThrow(CalendarService::notFound);
    }

    private void checkReplacement(School school, Long ownId, CalendarEventRequest request) {
        if (request.replaces() == null) {
            if (request.isCancellation()) {
                throw PortalException.badRequest("cancel-without-replaces",
                        "Chỉ huỷ được một sự kiện chung của Phòng (trường \"replaces\"); sự kiện riêng của trường thì xoá đi.",
                        "Only a district event (\"replaces\") can be cancelled; delete the school's own events instead.");
            }
            return;
        }
        boolean isDistrictEvent = events.find(request.replaces()).filter(e -> e.schoolId() == null).isPresent();
        if (!isDistrictEvent) {
            throw PortalException.badRequest("unknown-district-event", "Không có sự kiện chung nào mã " + request.replaces() + ".",
                    "No district event " + request.replaces() + ".");
        }
        boolean alreadyReplaced = events.ofSchool(school.id()).stream()
                .anyMatch(e -> request.replaces().equals(e.entry().replacesId()) && !e.id().equals(ownId));
        if (alreadyReplaced) {
            throw PortalException.conflict("already-replaced", "Trường đã có một dòng thay cho sự kiện này; hãy sửa dòng đó.",
                    "The school already replaces this event; change that line.");
        }
    }

    private static CalendarEvent describe(CalendarEvent event, CalendarEventRequest request) {
        if (!CalendarEntry.validDate(request.month(), request.day(), request.year())) {
            throw PortalException.badRequest("invalid-date", "Không có ngày " + dateText(request) + ".",
                    "No such date: " + dateText(request) + ".");
        }
        event.describe(request.name().strip(), request.month(), request.day(), request.year(),
                request.searchTextOrName(), request.isCancellation());
        return event;
    }

    private static String dateText(CalendarEventRequest request) {
        return request.day() + "/" + request.month() + (request.year() == null ? "" : "/" + request.year());
    }

    private static PortalException notFound() {
        return PortalException.notFound("Không có sự kiện này trong lịch.", "No such calendar event.");
    }
}
