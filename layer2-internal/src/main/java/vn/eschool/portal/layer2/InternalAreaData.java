package vn.eschool.portal.layer2;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.eschool.portal.core.transfer.DistrictTable;
import vn.eschool.portal.core.transfer.SchoolDataPort;
import vn.eschool.portal.core.transfer.SchoolTable;

/**
 * The internal area's kinds of a school for its archive: folders (a prescribed folder refers to the district's
 * list, found by its name on import), the filing of items with their audiences, and the staff's daily visits.
 */
@ApplicationScoped
public class InternalAreaData implements SchoolDataPort {

    private static final String CONTENT = "content_item";

    private static final String PRESCRIBED = "layer2_prescribed_folder";

    @Override
    public List<DistrictTable> districtTables() {
        return List.of(new DistrictTable(PRESCRIBED, "1 = 1", List.of("name")));
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<SchoolTable> tables() {
        return List.of(
                SchoolTable.ofSchool("layer2_folder", "layer2_folder_seq").refers("parent_id", "layer2_folder")
                        .refers("group_id", "professional_group").refers("created_by", "account")
                        .refers("prescribed_id", PRESCRIBED),
                SchoolTable.under("layer2_filing", "content_id", CONTENT, null).refers("folder_id", "layer2_folder")
                        .refers("audience_group_id", "professional_group"),
                SchoolTable.under("layer2_audience_member", "content_id", CONTENT, null)
                        .refers("account_id", "account"),
                SchoolTable.ofSchool("layer2_visit", null).keyless().refers("account_id", "account"));
    }
}
