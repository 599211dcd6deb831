package vn.eschool.portal.core.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese typed before Unicode with the TCVN3 (ABC, {@code .VnTime} fonts) or VNI-Windows fonts. Word stores
 * such text as the font's bytes read as windows-1252, so it extracts as "Tr­êng häc" or "Tröôøng hoïc" instead of
 * "Trường học". {@link #detect} recognises it and {@link #toUnicode} maps it back to Unicode NFC.
 *
 * <p>Detection counts words that are not Vietnamese as they stand but become a well-formed Vietnamese syllable once
 * converted, against words the conversion turns into nonsense and words already in Unicode Vietnamese, so English,
 * French or German text and real Unicode Vietnamese stay as they are.
 */
public final class LegacyVietnamese {

    public enum Encoding { TCVN3, VNI_WINDOWS }

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT = '\u0323';

    /**
     * TCVN 5712:1993 VN3, the set the ABC keyboard and {@code .VnTime} fonts use: byte → Unicode for 0xA1–0xFF,
     * '.' where VN3 has no letter. VN3 has only the seven capitals Ă Â Ê Ô Ơ Ư Đ (toned capitals came from the
     * {@code .VnTimeH} fonts, which reuse the lowercase bytes); the VN1 capitals and stand-alone tone marks of the
     * full TCVN 5712 are not used by those fonts, and as windows-1252 those bytes are ordinary letters and ° ± ² ³ ´.
     */
    private static final String TCVN3_A1_TO_FF =
            "ĂÂÊÔƠƯĐăâêôơưđ." // A1–AF
            + ".....àảãáạ.ằẳẵắ." // B0–BF
            + "......ặầẩẫấậè.ẻẽ" // C0–CF
            + "éẹềểễếệìỉ...ĩíịò" // D0–DF
            + ".ỏõóọồổỗốộờởỡớợù" // E0–EF
            + ".ủũúụừửữứựỳỷỹýỵ."; // F0–FF

    private static final char[] TCVN3 = new char[256];
    /** VNI-Windows sequences (one letter, or a base letter and one mark character) → Unicode letter. */
    private static final Map<String, Character> VNI = new HashMap<>();

    static {
        for (int i = 0; i < TCVN3_A1_TO_FF.length(); i++) {
            char unicode = TCVN3_A1_TO_FF.charAt(i);
            if (unicode != '.') {
                TCVN3[0xA1 + i] = unicode;
            }
        }
        // VNI-Windows writes a vowel as its base letter followed by one mark character; the marks differ between
        // plain vowels and vowels that already carry a circumflex or breve. Listed here in the order of the
        // published table: acute, grave, hook, tilde, dot.
        String plainTones = "ùøûõï";
        String circumflexTones = "áàåãä";
        String breveTones = "éèúüë";
        char[] tones = {ACUTE, GRAVE, HOOK, TILDE, DOT};
        for (String base : new String[] {"a", "e", "o", "u", "y"}) {
            addVni(base, plainTones, base, tones);
        }
        addVni("ô", plainTones, "ơ", tones); // VNI's ô is ơ
        addVni("ö", plainTones, "ư", tones); // VNI's ö is ư
        for (String base : new String[] {"a", "e", "o"}) {
            VNI.put(base + "â", nfc(base + '\u0302'));
            VNI.put(base.toUpperCase(Locale.ROOT) + "Â", nfc(base.toUpperCase(Locale.ROOT) + '\u0302'));
            addVni(base, circumflexTones, base + '\u0302', tones);
        }
        VNI.put("aê", 'ă');
        VNI.put("AÊ", 'Ă');
        addVni("a", breveTones, "a\u0306", tones);
        // Letters VNI writes as one character of their own.
        addSingleVni("ô", 'ơ');
        addSingleVni("ö", 'ư');
        addSingleVni("ñ", 'đ');
        addSingleVni("í", 'í');
        addSingleVni("ì", 'ì');
        addSingleVni("æ", 'ỉ');
        addSingleVni("ó", 'ĩ');
        addSingleVni("ò", 'ị');
        addSingleVni("î", 'ỵ');
    }

    private static void addVni(String vniBase, String marks, String unicodeBase, char[] tones) {
        for (int t = 0; t < tones.length; t++) {
            VNI.put(vniBase + marks.charAt(t), nfc(unicodeBase + tones[t]));
            VNI.put(vniBase.toUpperCase(Locale.ROOT) + Character.toUpperCase(marks.charAt(t)),
                    nfc(unicodeBase.toUpperCase(Locale.ROOT) + tones[t]));
        }
    }

    private static void addSingleVni(String vni, char unicode) {
        VNI.put(vni, unicode);
        VNI.put(vni.toUpperCase(Locale.ROOT), Character.toUpperCase(unicode));
    }

    private static char nfc(String decomposed) {
        String composed = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        if (composed.length() != 1) {
            throw new IllegalStateException("No precomposed letter for " + decomposed);
        }
        return composed.charAt(0);
    }

    /** Words: letters plus the Latin-1 symbols (­ ® ¬ ¸ …) that TCVN3 uses as letters. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\u00A1-\\u00FF]+");

    /**
     * A Vietnamese syllable without its tone: initial consonant, vowel cluster, final consonant. Loose enough for
     * every real syllable, strict enough that "cafộ" (café read as TCVN3) or "ỹber" (über) fail.
     */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
            + "(uyê|uya|uyu|yêu|iêu|oai|oay|oeo|uây|uôi|ươi|ươu|"
            + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
            + "[aăâeêioôơuưy])"
            + "(ch|ng|nh|[cmnpt])?");

    /** At least this many converted words before a text counts as legacy: a stray "©" proves nothing. */
    private static final int MIN_EVIDENCE = 3;

    private LegacyVietnamese() {
    }

    /** The legacy encoding {@code text} is in, if any. */
    public static Optional<Encoding> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Encoding best = null;
        int bestScore = 0;
        for (Encoding encoding : Encoding.values()) {
            int score = score(text, encoding);
            if (score > bestScore) {
                best = encoding;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Converts {@code text} from {@code encoding} to Unicode NFC. Words holding characters beyond Latin-1 are
     * already Unicode and left as they are, so a document mixing both comes out whole.
     */
    public static String toUnicode(String text, Encoding encoding) {
        var matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, "");
            out.append(convertWord(matcher.group(), encoding));
        }
        matcher.appendTail(out);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * How many words convert into Vietnamese, or 0 when the text does not look like {@code encoding}. A word that
     * already reads as Vietnamese ("là", "Tôi") proves nothing either way and is not counted.
     */
    private static int score(String text, Encoding encoding) {
        int vietnamese = 0;
        int nonsense = 0;
        int alreadyUnicode = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            if (!isLatin1(word)) {
                alreadyUnicode += hasVietnameseLetter(word) ? 1 : 0;
                continue;
            }
            String converted = convertWord(word, encoding);
            if (converted.equals(word)) {
                continue;
            }
            if (!isSyllable(converted)) {
                nonsense++;
            } else if (!isSyllable(word)) {
                vietnamese++;
            }
        }
        boolean legacy = vietnamese >= MIN_EVIDENCE
                && vietnamese >= 4 * nonsense
                && vietnamese > alreadyUnicode;
        return legacy ? vietnamese : 0;
    }

    private static String convertWord(String word, Encoding encoding) {
        if (!isLatin1(word)) {
            return word;
        }
        return switch (encoding) {
            case TCVN3 -> tcvn3(word);
            case VNI_WINDOWS -> vni(word);
        };
    }

    private static String tcvn3(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char mapped = c < 256 ? TCVN3[c] : 0;
            out.append(mapped != 0 ? mapped : c);
        }
        return out.toString();
    }

    private static String vni(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            Character pair = i + 1 < word.length() ? VNI.get(word.substring(i, i + 2)) : null;
            if (pair != null) {
                out.append(pair.charValue());
                i += 2;
                continue;
            }
            Character single = VNI.get(word.substring(i, i + 1));
            out.append(single != null ? single.charValue() : word.charAt(i));
            i++;
        }
        return out.toString();
    }

    private static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int tones = 0;
        StringBuilder base = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case GRAVE, ACUTE, TILDE, HOOK, DOT -> tones++;
                default -> base.append(c);
            }
        }
        return tones <= 1 && SYLLABLE.matcher(Normalizer.normalize(base, Normalizer.Form.NFC)).matches();
    }

    private static boolean isLatin1(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Letters only Vietnamese uses: ă, đ, ĩ, ũ, ơ, ư and the Latin Extended Additional block of toned vowels. */
    private static boolean hasVietnameseLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c == 'ă' || c == 'đ' || c == 'ĩ' || c == 'ũ' || c == 'ơ' || c == 'ư' || (c >= '\u1EA0' && c <= '\u1EF9')) {
                return true;
            }
        }
        return false;
    }
}
