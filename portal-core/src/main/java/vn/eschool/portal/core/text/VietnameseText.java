package vn.eschool.portal.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as people type it into spreadsheets and forms: accents optional, spacing and case careless.
 * Staff imports, the teaching plan and its matching of free-text lectures compare names through here.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private VietnameseText() {
    }

    /**
     * NFC with single spaces: a name typed on a Mac (decomposed) and one typed on Windows (composed) look
     * alike and must compare alike.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Lower-case ASCII without accents: "Tổ Chuyên Môn" becomes "to chuyen mon". Đ is a letter, not a mark. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Folded, with punctuation and parenthesised hints removed: "Ngày sinh (dd/mm/yyyy) *" is "ngay sinh". */
    public static String foldWords(String text) {
        String folded = fold(text).replaceAll("\\([^)]*\\)", " ").replaceAll("[^a-z0-9]+", " ");
        return folded.strip();
    }

    /**
     * The username schools use: the given name (the last word) then the initials of the family and middle
     * names, "Nguyễn Thị Thanh Hương" → "huongntt". Empty when the name has no letters or digits.
     */
    public static String usernameBase(String fullName) {
        String[] words = foldWords(fullName).split(" ");
        if (words.length == 0 || words[words.length - 1].isEmpty()) {
            return "";
        }
        StringBuilder base = new StringBuilder(words[words.length - 1]);
        for (int i = 0; i < words.length - 1; i++) {
            base.append(words[i].charAt(0));
        }
        return base.toString();
    }
}
