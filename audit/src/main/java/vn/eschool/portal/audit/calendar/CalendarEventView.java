package vn.eschool.portal.audit.calendar;

/** A calendar line as the API shows it; {@code scope} is DISTRICT for the defaults, SCHOOL for a school's line. */
public record CalendarEventView(long id, String scope, Long replaces, String name, int month, int day, Integer year,
                                String searchText, boolean cancelled) {

    public static CalendarEventView of(CalendarEntry entry) {
        return new CalendarEventView(entry.id(), entry.isDistrictDefault() ? "DISTRICT" : "SCHOOL", entry.replacesId(),
                entry.name(), entry.month(), entry.day(), entry.year(), entry.searchText(), entry.cancelled());
    }
}
