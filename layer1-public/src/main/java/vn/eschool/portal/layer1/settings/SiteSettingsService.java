package vn.eschool.portal.layer1.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.plugin.MenuEntry;
import vn.eschool.portal.core.plugin.Plugins;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.category.CategoryService;
import vn.eschool.portal.layer1.site.PublicSiteChanged;
import vn.eschool.portal.layer1.site.SiteMenu;

/** The board's settings of a school's public site ({@link SiteSettings}); defaults until the board saves any. */
@ApplicationScoped
public class SiteSettingsService {

    /** The site as its pages show it: banner, theme (its key), menu. {@code logoUrl} is null without a logo. */
    public record SiteView(String motto, String theme, String logoUrl, List<SiteMenu.Item> menu) {
        public List<SiteTheme> themes() {
            return List.of(SiteTheme.values());
        }
    }

    @Inject
    CategoryService categories;

    @Inject
    FileService files;

    @Inject
    ActivityLog log;

    @Inject
    Event<PublicSiteChanged> siteChanged;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional
    public SiteView view(School school) {
        SiteSettings settings = settingsOf(school);
        return view(school, settings.motto(), settings.theme(), settings.menuOrder(), settings.logo());
    }

    /** What the site would look like with these settings, saved or not ({@code save}). */
    @Transactional
    public SiteView apply(School school, SiteSettingsRequest request, boolean save) {
        SiteTheme theme = SiteTheme.byKey(request.theme()).orElseThrow(() -> PortalException.badRequest(
                "unknown-theme", "Không có màu giao diện \"" + request.theme() + "\".",
                "No colour theme \"" + request.theme() + "\"."));
        List<String> order = request.menu() == null ? List.of() : request.menu();
        List<String> unknown = SiteMenu.unknown(menu(school, List.of()), order);
        if (!unknown.isEmpty()) {
            throw PortalException.badRequest("unknown-menu-entry", "Thực đơn có mục không tồn tại hoặc lặp lại: "
                    + String.join(", ", unknown), "The menu names unknown or repeated entries: " + String.join(", ", unknown));
        }
        String motto = request.motto() == null || request.motto().isBlank() ? null : request.motto().strip();
        SiteSettings settings = settingsOf(school);
        if (save) {
            if (em.find(SiteSettings.class, school.id()) == null) {
                em.persist(settings);
            }
            settings.set(motto, theme, order);
            log.record(school, "layer1.site.settings", school.code(), theme.key());
            siteChanged.fire(new PublicSiteChanged(school.code()));
        }
        return view(school, motto, theme, order, settings.logo());
    }

    /** The banner's logo: a raster image uploaded by the board, replacing the one before. */
    @Transactional
    public SiteView logo(School school, long uploaderId, Upload upload) {
        Attachment logo = files.uploadImage(school, em.find(Account.class, uploaderId), upload.filename(),
                upload.content(), () -> new PortalException(415, "not-an-image", "Biểu trưng phải là ảnh (JPEG,"
                        + " PNG, GIF, BMP).", "The logo must be an image (JPEG, PNG, GIF, BMP).")).attachment();
        SiteSettings settings = settingsOf(school);
        if (em.find(SiteSettings.class, school.id()) == null) {
            em.persist(settings);
        }
        settings.logoWith(logo);
        log.record(school, "layer1.site.logo", school.code(), logo.filename());
        siteChanged.fire(new PublicSiteChanged(school.code()));
        return view(school);
    }

    @Transactional
    public Attachment logoFile(School school) {
        SiteSettings settings = em.find(SiteSettings.class, school.id());
        if (settings == null || settings.logo() == null) {
            throw PortalException.notFound("Trường chưa có biểu trưng.", "The school has no logo.");
        }
        return settings.logo();
    }

    private SiteView view(School school, String motto, SiteTheme theme, List<String> order, Attachment logo) {
        return new SiteView(motto, theme.key(), logo == null ? null : "/schools/" + school.code() + "/trang-truong/bieu-trung",
                menu(school, order));
    }

    private List<SiteMenu.Item> menu(School school, List<String> order) {
        return SiteMenu.of(categories.of(school), Plugins.menu(MenuEntry.MenuArea.PUBLIC), order);
    }

    private SiteSettings settingsOf(School school) {
        SiteSettings settings = em.find(SiteSettings.class, school.id());
        return settings != null ? settings : new SiteSettings(school.id());
    }
}
