package vn.eschool.portal.layer1.news;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.eschool.portal.core.config.ClockProducer;

/** Times on the editorial pages as the school reads them: its legal time, day first. */
public final class SchoolTimes {

    static final SchoolTimes INSTANCE = new SchoolTimes();
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private SchoolTimes() {
    }

    /** "05/09/2026 07:30" for any offset the database returned. */
    public String of(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).format(FORMAT);
    }
}
