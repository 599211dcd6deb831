package vn.eschool.portal.layer1;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.content.AuditCategory;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.plugin.ContentTypeDescriptor;
import vn.eschool.portal.core.plugin.MenuEntry;
import vn.eschool.portal.core.plugin.MenuEntry.MenuArea;
import vn.eschool.portal.core.plugin.PortalPlugin;
import vn.eschool.portal.layer1.album.AlbumPageResource;
import vn.eschool.portal.layer1.album.AlbumResource;
import vn.eschool.portal.layer1.cache.PublicPageFilter;
import vn.eschool.portal.layer1.category.CategoryResource;
import vn.eschool.portal.layer1.directive.DirectiveResource;
import vn.eschool.portal.layer1.disclosure.DisclosurePageResource;
import vn.eschool.portal.layer1.disclosure.DisclosureResource;
import vn.eschool.portal.layer1.elearning.ElearningPageResource;
import vn.eschool.portal.layer1.elearning.ElearningResource;
import vn.eschool.portal.layer1.migration.MigrationResource;
import vn.eschool.portal.layer1.migration.OldLinkRedirects;
import vn.eschool.portal.layer1.migration.PlainLinkFilter;
import vn.eschool.portal.layer1.news.BodyImagePageResource;
import vn.eschool.portal.layer1.settings.SiteSettingsPageResource;
import vn.eschool.portal.layer1.settings.SiteSettingsResource;
import vn.eschool.portal.layer1.news.PostPageResource;
import vn.eschool.portal.layer1.news.PostResource;
import vn.eschool.portal.layer1.organisation.OrganisationResource;
import vn.eschool.portal.layer1.plan.PlanPageResource;
import vn.eschool.portal.layer1.plan.PlanResource;
import vn.eschool.portal.layer1.question.QuestionResource;
import vn.eschool.portal.layer1.site.IntroPageResource;
import vn.eschool.portal.layer1.site.IntroResource;
import vn.eschool.portal.layer1.stats.StatsAdminResource;
import vn.eschool.portal.layer1.stats.StatsResource;

/** Layer 1 (Lớp 1): the public site of each school. */
public class PublicSitePlugin implements PortalPlugin {

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
                BodyImagePageResource.class, SiteSettingsResource.class, SiteSettingsPageResource.class,
                IntroPageResource.class,
                AlbumResource.class, AlbumPageResource.class, ElearningResource.class, ElearningPageResource.class,
                PlanResource.class, PlanPageResource.class, DisclosureResource.class, DisclosurePageResource.class, OrganisationResource.class,
                StatsResource.class, StatsAdminResource.class, PublicPageFilter.class,
                MigrationResource.class, OldLinkRedirects.class, PlainLinkFilter.class);
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
                        "/schools/{school}/ke-hoach-tin-bai", 41),
                new MenuEntry(MenuArea.ADMIN, "Sửa phần giới thiệu", "Edit the introduction",
                        "/schools/{school}/gioi-thieu/sua", 43),
                new MenuEntry(MenuArea.ADMIN, "Đăng nội dung công khai", "Publish disclosures",
                        "/schools/{school}/cong-khai/sua", 44),
                new MenuEntry(MenuArea.ADMIN, "Trang trường: biểu trưng, màu, thực đơn", "Site banner, theme and menu",
                        "/schools/{school}/trang-truong", 42));
    }

    @Override
    public List<ContentTypeDescriptor> contentTypes() {
        return List.of(
                new ContentTypeDescriptor(ContentTypes.NEWS, "Tin tức, sự kiện", "News and events", AuditCategory.NEWS),
                new ContentTypeDescriptor(ContentTypes.PAGE, "Trang giới thiệu", "Introduction page", AuditCategory.PAGES),
                new ContentTypeDescriptor(ContentTypes.DOCUMENT, "Văn bản", "Document", AuditCategory.DOCUMENTS),
                new ContentTypeDescriptor(ContentTypes.PHOTO, "Ảnh trong album", "Album photo", AuditCategory.PHOTOS));
    }
}
