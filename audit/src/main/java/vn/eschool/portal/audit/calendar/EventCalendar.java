package vn.eschool.portal.audit.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eschool.portal.audit.input.AuditMonth;

/**
 * A school's calendar of expected events: the district's defaults, less those the school replaced, plus the
 * school's own lines that are not cancellations. Pure; the audit and the calendar page read it.
 */
public final class EventCalendar {

    /** An event on its date, and the words a news post about it would contain. */
    public record SchoolEvent(long entryId, String name, LocalDate date, String searchText, boolean districtDefault) {
    }

    private final List<CalendarEntry> entries;

    private EventCalendar(List<CalendarEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static EventCalendar merge(List<CalendarEntry> districtDefaults, List<CalendarEntry> schoolLines) {
        Set<Long> replaced = schoolLines.stream().map(CalendarEntry::replacesId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<CalendarEntry> effective = new ArrayList<>();
        districtDefaults.stream().filter(entry -> !replaced.contains(entry.id())).forEach(effective::add);
        schoolLines.stream().filter(entry -> !entry.cancelled()).forEach(effective::add);
        return new EventCalendar(effective);
    }

    /** The lines in force for the school. */
    public List<CalendarEntry> entries() {
        return entries;
    }

    /** The events falling in {@code month}, by date. */
    public List<SchoolEvent> eventsIn(YearMonth month) {
        return between(month.atDay(1), month.atEndOfMonth());
    }

    /** The events of the school year starting in September of {@code firstYear}, by date. */
    public List<SchoolEvent> schoolYear(int firstYear) {
        YearMonth first = YearMonth.of(firstYear, AuditMonth.SCHOOL_YEAR_FIRST_MONTH);
        return between(first.atDay(1), first.plusMonths(11).atEndOfMonth());
    }

    private List<SchoolEvent> between(LocalDate from, LocalDate to) {
        List<SchoolEvent> events = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (CalendarEntry entry : entries) {
                entry.dateIn(year).filter(date -> !date.isBefore(from) && !date.isAfter(to))
                        .ifPresent(date -> events.add(new SchoolEvent(entry.id(), entry.name(), date, entry.searchText(),
                                entry.isDistrictDefault())));
            }
        }
        events.sort(Comparator.comparing(SchoolEvent::date).thenComparing(SchoolEvent::name));
        return events;
    }
}
