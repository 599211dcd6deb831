package vn.eschool.portal.layer1.site;

import java.util.Arrays;
import java.util.Optional;

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
}
