package vn.eschool.portal.audit.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolLevel;

class InspectionRecordsTest {

    private static School school(String address) {
        School school = new School("thcs-sonca", "Trường THCS Sơn Ca", SchoolLevel.THCS, OffsetDateTime.now());
        school.updateContacts(address, null, null);
        return school;
    }

    @Test
    void thePlaceIsTheOneAskedForElseTheLastPartOfTheAddress() {
        assertEquals("Long Biên", InspectionRecords.place(school("1 Sơn Ca, Hà Nội"), " Long Biên "));
        assertEquals("Hà Nội", InspectionRecords.place(school("12 Ngõ 5, phường Ngọc Lâm, Long Biên, Hà Nội"), null));
        assertEquals("Đà Nẵng", InspectionRecords.place(school("Đà Nẵng"), ""));
        assertEquals(InspectionRecords.DEFAULT_PLACE, InspectionRecords.place(school(null), null));
    }
}
