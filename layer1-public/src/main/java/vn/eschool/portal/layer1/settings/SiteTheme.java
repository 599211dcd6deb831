package vn.eschool.portal.layer1.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The colour themes a school may choose: each accent keeps white text on it, and itself as text on white, above
 * WCAG AA's 4.5:1. {@code static/layer1-site.css} paints them ({@code .theme-<key>}); {@code SiteThemeTest}
 * measures the accents and checks the style sheet has the same.
 */
public enum SiteTheme {
    XANH_DUONG("xanh-duong", "Xanh dương / Blue", "#0b5cad"),
    XANH_LA("xanh-la", "Xanh lá / Green", "#1b6e3a"),
    DO_DO("do-do", "Đỏ đô / Maroon", "#9b1c1c"),
    TIM("tim", "Tím / Purple", "#5b2a86"),
    NAU("nau", "Nâu / Brown", "#7a4510");

    private final String key;
    private final String label;
    private final String accent;

    SiteTheme(String key, String label, String accent) {
        this.key = key;
        this.label = label;
        this.accent = accent;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String accent() {
        return accent;
    }

    public static Optional<SiteTheme> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
