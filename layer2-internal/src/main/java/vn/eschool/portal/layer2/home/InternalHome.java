package vn.eschool.portal.layer2.home;

import java.util.List;
import vn.eschool.portal.core.school.SchoolResource.SchoolView;
import vn.eschool.portal.layer2.folder.FolderView;
import vn.eschool.portal.layer2.items.ItemView;
import vn.eschool.portal.layer2.lessons.MyMonth;

/** The Layer 2 home: the folders, the viewer's month of e-lectures (members only) and recent internal news. */
public record InternalHome(SchoolView school, List<FolderView> folders, MyMonth myMonth, List<ItemView> news) {
}
