package vn.eschool.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.eschool.portal.core.transfer.DistrictTable;
import vn.eschool.portal.core.transfer.SchoolDataPort;
import vn.eschool.portal.core.transfer.SchoolTable;

/**
 * The audit's kinds of a school for its archive: the board's entries and evidence, the stored monthly reports with
 * their standards (a report's snapshot names the school by its code), the school's own calendar lines (a line
 * replacing a district default refers to it, found on import by its name and date) and school-year dates.
 */
@ApplicationScoped
public class AuditData implements SchoolDataPort {

    private static final String ACCOUNT = "account";
    private static final String CALENDAR = "audit_calendar_event";

    @Override
    public List<DistrictTable> districtTables() {
        return List.of(new DistrictTable(CALENDAR, "school_id IS NULL",
                List.of("name", "event_month", "event_day", "event_year")));
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<SchoolTable> tables() {
        return List.of(
                SchoolTable.ofSchool("audit_entry", "audit_entry_seq").refers("updated_by", ACCOUNT),
                SchoolTable.ofSchool("audit_evidence", "audit_evidence_seq").refers("attachment_id", "attachment")
                        .refers("uploaded_by", ACCOUNT),
                SchoolTable.ofSchool("audit_report", "audit_report_seq").refers("published_by", ACCOUNT)
                        .namesCodeIn("snapshot"),
                SchoolTable.under("audit_report_standard", "report_id", "audit_report", null),
                SchoolTable.ofSchool(CALENDAR, "audit_calendar_event_seq").refers("replaces_id", CALENDAR),
                SchoolTable.ofSchool("audit_school_year", "audit_school_year_seq"));
    }
}
