package vn.eschool.portal.layer1.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SiteThemeTest {

    /** WCAG 2.1 relative luminance of a #rrggbb colour. */
    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void everyAccentHasAaContrastWithWhite() {
        for (SiteTheme theme : SiteTheme.values()) {
            double ratio = 1.05 / (luminance(theme.accent()) + 0.05);
            assertTrue(ratio >= 4.5, theme + ": " + ratio);
        }
    }

    /** The site's style sheet paints each theme's accent: the very colours measured above, and no other theme. */
    @Test
    void theStyleSheetHasExactlyTheseAccents() throws IOException {
        String css;
        try (InputStream in = SiteThemeTest.class.getResourceAsStream("/static/layer1-site.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> painted = new TreeMap<>();
        Matcher rule = Pattern.compile("\\.theme-([a-z-]+)\\s*\\{\\s*--accent:\\s*(#[0-9a-fA-F]{6})\\s*;?\\s*}")
                .matcher(css);
        while (rule.find()) {
            painted.put(rule.group(1), rule.group(2).toLowerCase());
        }
        Map<String, String> themes = Arrays.stream(SiteTheme.values())
                .collect(Collectors.toMap(SiteTheme::key, SiteTheme::accent, (a, b) -> a, TreeMap::new));
        assertEquals(themes, painted);
    }
}
