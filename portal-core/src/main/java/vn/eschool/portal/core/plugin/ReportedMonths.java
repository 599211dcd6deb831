package vn.eschool.portal.core.plugin;

import java.time.YearMonth;
import vn.eschool.portal.core.school.School;

/**
 * Whether a school's month is closed: its monthly report is stored (the audit plugin implements this as a CDI
 * bean). An upload may then count for that month only by a district admin; Layer 2 asks before accepting an
 * earlier date, and treats every month as open when no plugin answers.
 */
public interface ReportedMonths {

    boolean reported(School school, YearMonth month);
}
