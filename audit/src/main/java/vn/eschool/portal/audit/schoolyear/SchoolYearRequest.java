package vn.eschool.portal.audit.schoolyear;

import jakarta.validation.constraints.Size;

/** A school year's dates as YYYY-MM-DD; the Tết break is optional (both days or neither). */
public record SchoolYearRequest(@Size(max = 10) String firstDay, @Size(max = 10) String lastDay,
                                @Size(max = 10) String tetFirst, @Size(max = 10) String tetLast) {
}
