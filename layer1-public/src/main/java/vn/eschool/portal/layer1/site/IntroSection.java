package vn.eschool.portal.layer1.site;

import java.util.Arrays;
import java.util.Optional;
import vn.eschool.portal.core.rest.PortalException;

/** The parts of the introduction (thông tin chung) that criterion II.3.1 asks every school to publish. */
public enum IntroSection {
    HISTORY("lich-su", "Lịch sử hình thành và phát triển"),
    ACHIEVEMENTS("thanh-tich", "Thành tích"),
    DIRECTION("dinh-huong", "Định hướng phát triển");

    public static final String ATTRIBUTE = "section";

    private final String slug;
    private final String titleVi;

    IntroSection(String slug, String titleVi) {
        this.slug = slug;
        this.titleVi = titleVi;
    }

    public String slug() {
        return slug;
    }

    public String titleVi() {
        return titleVi;
    }

    public static Optional<IntroSection> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /** The section of this slug, else 404. */
    public static IntroSection require(String slug) {
        return bySlug(slug).orElseThrow(() -> PortalException.notFound(
                "Không có mục giới thiệu \"" + slug + "\" (lich-su, thanh-tich, dinh-huong).",
                "No introduction section \"" + slug + "\" (lich-su, thanh-tich, dinh-huong)."));
    }
}
