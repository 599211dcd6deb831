package vn.eschool.portal.audit.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row of the event calendar; {@link CalendarEntry} is its value. */
@Entity
@Table(name = "audit_calendar_event")
public class CalendarEvent {

    @Id
    @SequenceGenerator(name = "audit_calendar_event_seq", sequenceName = "audit_calendar_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_calendar_event_seq")
    private Long id;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "replaces_id")
    private Long replacesId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "event_month", nullable = false)
    private int month;

    @Column(name = "event_day", nullable = false)
    private int day;

    @Column(name = "event_year")
    private Integer year;

    @Column(name = "search_text", nullable = false, length = 200)
    private String searchText;

    @Column(nullable = false)
    private boolean cancelled;

    protected CalendarEvent() {
    }

    public CalendarEvent(Long schoolId, Long replacesId) {
        this.schoolId = schoolId;
        this.replacesId = replacesId;
    }

    /** Sets what the line says; {@code cancelled} only means something on a school's replacement. */
    public void describe(String name, int month, int day, Integer year, String searchText, boolean cancelled) {
        this.name = name;
        this.month = month;
        this.day = day;
        this.year = year;
        this.searchText = searchText;
        this.cancelled = cancelled;
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public CalendarEntry entry() {
        return new CalendarEntry(id, schoolId, replacesId, name, month, day, year, searchText, cancelled);
    }
}
