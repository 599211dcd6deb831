package vn.eschool.portal.layer1;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.plugin.ContentTypeDescriptor;
import vn.eschool.portal.core.plugin.MenuEntry;
import vn.eschool.portal.core.plugin.MenuEntry.MenuArea;
import vn.eschool.portal.core.plugin.PortalPlugin;
import vn.eschool.portal.layer1.album.AlbumPageResource;
import vn.eschool.portal.layer1.album.AlbumResource;
import vn.eschool.portal.layer1.cache.PublicPageFilter;
import vn.eschool.portal.layer1.category.CategoryResource;
import vn.eschool.portal.layer1.directive.DirectiveResource;
import vn.eschool.portal.layer1.disclosure.DisclosureResource;
import vn.eschool.portal.layer1.elearning.ElearningPageResource;
import vn.eschool.portal.layer1.elearning.ElearningResource;
import vn.eschool.portal.layer1.news.PostPageResource;
import vn.eschool.portal.layer1.news.PostResource;
import vn.eschool.portal.layer1.organisation.OrganisationResource;
import vn.eschool.portal.layer1.plan.PlanPageResource;
import vn.eschool.portal.layer1.plan.PlanResource;
import vn.eschool.portal.layer1.question.QuestionResource;
import vn.eschool.portal.layer1.site.IntroResource;
import vn.eschool.portal.layer1.stats.StatsAdminResource;
import vn.eschool.portal.layer1.stats.StatsResource;

/** Layer 1 (Lớp 1): the public site of each school. */
public class PublicSitePlugin implements PortalPlugin {

    public static final String NEWS = "NEWS";
    public static final String PAGE = "PAGE";
    public static final String DOCUMENT = "DOCUMENT";
    public static final String PHOTO = "PHOTO";
    /** The types filed under the public site's categories. */
    public static final List<String> CATEGORISED_TYPES = List.of(NEWS, DOCUMENT);
    /**
     * E-lectures are Layer 2's type in the shared content base; those their teacher shares (visibility PUBLIC)
     * form the public e-learning repository (kho học liệu điện tử).
     */
    public static final String LECTURE = "LECTURE";
    /** The types whose file anyone may download once the item is published and public. */
    public static final List<String> PUBLIC_FILE_TYPES = List.of(NEWS, DOCUMENT, PHOTO, LECTURE);

    @Override
    public String id() {
        return "layer1";
    }

    @Override
    public String displayName() {
        return "Lớp 1 – Trang thông tin công khai";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<Class<?>> restClasses() {
        return Set.of(PublicSiteResource.class, CategoryResource.class, PostResource.class,
                QuestionResource.class, DirectiveResource.class, IntroResource.class, PostPageResource.class,
                AlbumResource.class, AlbumPageResource.class, ElearningResource.class, ElearningPageResource.class,
                PlanResource.class, PlanPageResource.class, DisclosureResource.class, OrganisationResource.class,
                StatsResource.class, StatsAdminResource.class, PublicPageFilter.class);
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("classpath:db/migration/layer1");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(MenuArea.PUBLIC, "Trang chủ", "Home", "/schools/{school}/", 0),
                new MenuEntry(MenuArea.PUBLIC, "Công khai năm học", "Public disclosures",
                        "/schools/{school}/cong-khai", 40),
                new MenuEntry(MenuArea.PUBLIC, "Album ảnh", "Photo albums", "/schools/{school}/album", 45),
                new MenuEntry(MenuArea.PUBLIC, "Kho học liệu", "E-learning repository", "/schools/{school}/hoc-lieu", 50),
                new MenuEntry(MenuArea.INTERNAL, "Biên tập tin bài", "Editorial", "/schools/{school}/bien-tap", 20),
                new MenuEntry(MenuArea.ADMIN, "Quản lý album ảnh", "Manage photo albums",
                        "/schools/{school}/album/quan-ly", 40),
                new MenuEntry(MenuArea.ADMIN, "Kế hoạch viết tin bài", "Article plan",
                        "/schools/{school}/ke-hoach-tin-bai", 41));
    }

    @Override
    public List<ContentTypeDescriptor> contentTypes() {
        return List.of(
                new ContentTypeDescriptor(NEWS, "Tin tức, sự kiện", "News and events", "news"),
                new ContentTypeDescriptor(PAGE, "Trang giới thiệu", "Introduction page", "pages"),
                new ContentTypeDescriptor(DOCUMENT, "Văn bản", "Document", "documents"),
                new ContentTypeDescriptor(PHOTO, "Ảnh trong album", "Album photo", "photos"));
    }
}
