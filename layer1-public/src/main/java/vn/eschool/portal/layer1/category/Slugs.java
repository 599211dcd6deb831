package vn.eschool.portal.layer1.category;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from Vietnamese names: "Tin tức – Sự kiện" → "tin-tuc-su-kien". */
public final class Slugs {

    public static final int MAX_LENGTH = 160;

    private Slugs() {
    }

    public static String of(String name) {
        // đ/Đ is a letter of its own, not d with a combining mark, so decomposition alone keeps it.
        String text = name == null ? "" : name.replace('đ', 'd').replace('Đ', 'D');
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "chuyen-muc" : slug;
    }
}
