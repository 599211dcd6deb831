package vn.eschool.portal.core.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The core's kinds of a school: the school itself, its groups and accounts (with roster and leaves), sign-ins,
 * files, the shared content base with attributes and audiences, the teaching plan and the logbook (its scope is
 * the school's code; the importer keeps the code each entry was hashed under, so the chain still verifies).
 * The district's accounts a school's rows name (a report's publisher, a lecture the district uploaded) are found
 * by their username on import; where this deployment has no such account, the reference becomes NULL.
 */
@ApplicationScoped
public class CoreSchoolData implements SchoolDataPort {

    static final String SCHOOL = "school";
    static final String ACCOUNT = "account";
    static final String ATTACHMENT = "attachment";
    static final String CONTENT = "content_item";
    static final String ATTRIBUTE = "content_attribute";
    static final String LOGBOOK = "logbook_entry";

    @Override
    public int order() {
        return Integer.MIN_VALUE;
    }

    @Override
    public List<DistrictTable> districtTables() {
        return List.of(new DistrictTable(ACCOUNT, "school_id IS NULL", List.of("username")).nullWhereMissing());
    }

    @Override
    public List<SchoolTable> tables() {
        return List.of(
                new SchoolTable(SCHOOL, "id = ?", "id", "school_seq", Map.of()),
                SchoolTable.ofSchool("professional_group", "professional_group_seq"),
                SchoolTable.ofSchool(ACCOUNT, "account_seq").refers("group_id", "professional_group"),
                SchoolTable.under("roster_period", "account_id", ACCOUNT, "roster_period_seq"),
                SchoolTable.under("staff_leave", "account_id", ACCOUNT, "staff_leave_seq"),
                SchoolTable.ofSchool("login_event", "login_event_seq").refers("account_id", ACCOUNT),
                SchoolTable.ofSchool(ATTACHMENT, "attachment_seq").refers("uploaded_by", ACCOUNT),
                SchoolTable.ofSchool(CONTENT, "content_item_seq").refers("author_id", ACCOUNT)
                        .refers("uploaded_by", ACCOUNT).refers("attachment_id", ATTACHMENT)
                        .refers("audience_group_id", "professional_group"),
                SchoolTable.under(ATTRIBUTE, "content_id", CONTENT, null),
                SchoolTable.under("content_audience_account", "content_id", CONTENT, null)
                        .refers("account_id", ACCOUNT),
                SchoolTable.ofSchool("teaching_class", "teaching_class_seq"),
                SchoolTable.ofSchool("teaching_assignment", "teaching_assignment_seq").refers("account_id", ACCOUNT),
                new SchoolTable(LOGBOOK, "scope = (SELECT code FROM school WHERE id = ?)", "id", "logbook_entry_seq",
                        Map.of()));
    }
}
