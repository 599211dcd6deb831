package vn.eschool.portal.layer2;

import java.util.List;
import vn.eschool.portal.core.plugin.ContentTypeDescriptor;
import vn.eschool.portal.core.plugin.PortalPlugin;

/** Layer 2 (Lớp 2): the staff's internal area, folders and lesson repositories. */
public class InternalAreaPlugin implements PortalPlugin {

    public static final String LECTURE = "LECTURE";
    public static final String INTERNAL_DOCUMENT = "INTERNAL_DOCUMENT";

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
    public List<ContentTypeDescriptor> contentTypes() {
        return List.of(
                new ContentTypeDescriptor(LECTURE, "Bài giảng điện tử", "E-lecture", "lectures"),
                new ContentTypeDescriptor(INTERNAL_DOCUMENT, "Văn bản nội bộ", "Internal document", "documents"));
    }
}
