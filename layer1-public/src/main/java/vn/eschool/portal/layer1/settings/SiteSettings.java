package vn.eschool.portal.layer1.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import vn.eschool.portal.core.files.Attachment;

/** What the board set for the school's public site: motto and logo of the banner, colour theme, menu order. */
@Entity
@Table(name = "layer1_site_settings")
public class SiteSettings {

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(length = 300)
    private String motto;

    @ManyToOne
    @JoinColumn(name = "logo_id")
    private Attachment logo;

    @Column(nullable = false, length = 20)
    private String theme;

    @Column(name = "menu_order", length = 4000)
    private String menuOrder;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected SiteSettings() {
    }

    public SiteSettings(long schoolId) {
        this.schoolId = schoolId;
        this.theme = SiteTheme.XANH_DUONG.key();
    }

    public String motto() {
        return motto;
    }

    public Attachment logo() {
        return logo;
    }

    public SiteTheme theme() {
        return SiteTheme.byKey(theme).orElse(SiteTheme.XANH_DUONG);
    }

    public List<String> menuOrder() {
        return menuOrder == null || menuOrder.isEmpty() ? List.of() : Arrays.asList(menuOrder.split(",", -1));
    }

    public void set(String motto, SiteTheme theme, List<String> menuOrder) {
        this.motto = motto;
        this.theme = theme.key();
        this.menuOrder = String.join(",", menuOrder);
    }

    public void logoWith(Attachment logo) {
        this.logo = logo;
    }
}
