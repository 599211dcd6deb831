package vn.eschool.portal.layer1.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SchoolTimesTest {

    @Test
    void timesAreShownInTheSchoolsLegalTime() {
        assertEquals("05/09/2026 07:30", SchoolTimes.INSTANCE.of(OffsetDateTime.parse("2026-09-05T00:30:00Z")));
        assertEquals("", SchoolTimes.INSTANCE.of(null));
    }
}
