package vn.eschool.portal.layer2;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.content.AuditCategory;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.plugin.ContentTypeDescriptor;
import vn.eschool.portal.core.plugin.MenuEntry;
import vn.eschool.portal.core.plugin.MenuEntry.MenuArea;
import vn.eschool.portal.core.plugin.PortalPlugin;
import vn.eschool.portal.layer2.activity.ActivityResource;
import vn.eschool.portal.layer2.folder.DistrictFolderResource;
import vn.eschool.portal.layer2.folder.FolderResource;
import vn.eschool.portal.layer2.home.InternalHomeResource;
import vn.eschool.portal.layer2.home.InternalPageResource;
import vn.eschool.portal.layer2.items.FolderItemResource;
import vn.eschool.portal.layer2.lessons.LectureResource;
import vn.eschool.portal.layer2.staff.StaffImportResource;
import vn.eschool.portal.layer2.teaching.AssignmentImportResource;
import vn.eschool.portal.layer2.teaching.TeachingPlanPageResource;

/** Layer 2 (Lớp 2): the staff's internal area, folders and lesson repositories. */
public class InternalAreaPlugin implements PortalPlugin {

    @Override
    public String id() {
        return "layer2";
    }

    @Override
    public String displayName() {
        return "Lớp 2 – Khu vực nội bộ";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<Class<?>> restClasses() {
        return Set.of(FolderResource.class, DistrictFolderResource.class, FolderItemResource.class,
                LectureResource.class, ActivityResource.class, InternalHomeResource.class, InternalPageResource.class,
                StaffImportResource.class, AssignmentImportResource.class, TeachingPlanPageResource.class);
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("classpath:db/migration/layer2");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(MenuArea.INTERNAL, "Khu vực nội bộ", "Internal area", "/schools/{school}/noi-bo",
                10), new MenuEntry(MenuArea.INTERNAL, "Kế hoạch dạy học", "Teaching plan",
                "/schools/{school}/noi-bo/ke-hoach-day-hoc", 11));
    }

    @Override
    public List<ContentTypeDescriptor> contentTypes() {
        return List.of(
                new ContentTypeDescriptor(ContentTypes.LECTURE, "Bài giảng điện tử", "E-lecture", AuditCategory.LECTURES),
                new ContentTypeDescriptor(ContentTypes.INTERNAL_NEWS, "Tin tức nội bộ", "Internal news",
                        AuditCategory.INTERNAL_NEWS),
                new ContentTypeDescriptor(ContentTypes.INTERNAL_DOCUMENT, "Văn bản nội bộ", "Internal document",
                        AuditCategory.DOCUMENTS));
    }
}
