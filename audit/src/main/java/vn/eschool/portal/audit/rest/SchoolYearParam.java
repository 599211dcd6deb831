package vn.eschool.portal.audit.rest;

import java.time.YearMonth;
import vn.eschool.portal.audit.selfassessment.SchoolYear;
import vn.eschool.portal.core.rest.PortalException;

/** The {@code year} query parameter of the school-year calendars: "2026-2027", blank for the current one. */
final class SchoolYearParam {

    private SchoolYearParam() {
    }

    static SchoolYear parse(String text, YearMonth current) {
        if (text == null || text.isBlank()) {
            return SchoolYear.of(current);
        }
        return SchoolYear.parse(text).orElseThrow(() -> PortalException.badRequest("invalid-school-year",
                "Tham số \"year\" phải là năm học dạng 2026-2027.", "\"year\" must be a school year such as 2026-2027."));
    }
}
