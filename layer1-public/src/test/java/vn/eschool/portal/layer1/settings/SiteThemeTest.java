package vn.eschool.portal.layer1.settings;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
