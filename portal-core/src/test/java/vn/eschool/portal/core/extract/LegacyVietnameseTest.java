package vn.eschool.portal.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.extract.LegacyVietnamese.Encoding;

/**
 * The encoded strings are written out by hand from the published TCVN3 (TCVN 5712:1993 VN3) and VNI-Windows
 * tables, not produced by the code under test. {@code \u00AD} is TCVN3's ư (a soft hyphen in windows-1252).
 */
class LegacyVietnameseTest {

    private static final String SENTENCE = "Bài giảng điện tử môn Tiếng Việt lớp năm của trường tiểu học";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tr\u00ADêng häc ®iÖn tö | Trường học điện tử",
        "NguyÔn ThÞ H\u00AD¬ng  | Nguyễn Thị Hương",
        "TiÕng ViÖt            | Tiếng Việt",
        "Bµi gi¶ng ®iÖn tö m«n TiÕng ViÖt líp n¨m cña tr\u00ADêng tiÓu häc | " + SENTENCE,
    })
    void convertsTcvn3Words(String tcvn3, String unicode) {
        assertEquals(unicode, LegacyVietnamese.toUnicode(tcvn3, Encoding.TCVN3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tröôøng hoïc ñieän töû | Trường học điện tử",
        "Nguyeãn Thò Höông      | Nguyễn Thị Hương",
        "Tieáng Vieät           | Tiếng Việt",
        "Baøi giaûng ñieän töû moân Tieáng Vieät lôùp naêm cuûa tröôøng tieåu hoïc | " + SENTENCE,
    })
    void convertsVniWords(String vni, String unicode) {
        assertEquals(unicode, LegacyVietnamese.toUnicode(vni, Encoding.VNI_WINDOWS));
    }

    @Test
    void convertsEveryLowercaseLetterOfTheTcvn3Table() {
        String tcvn3 = "¸µ¶·¹©ÊÇÈÉË¨¾»¼½ÆÐÌÎÏÑªÕÒÓÔÖãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùÝ×ØÜÞýúûüþ®";
        assertEquals(LETTERS, LegacyVietnamese.toUnicode(tcvn3, Encoding.TCVN3));
        assertEquals("ĂÂÊÔƠƯĐ", LegacyVietnamese.toUnicode("¡¢£¤¥¦§", Encoding.TCVN3));
    }

    @Test
    void convertsEveryLetterOfTheVniTable() {
        String lower = "aùaøaûaõaïaâaáaàaåaãaäaêaéaèaúaüaëeùeøeûeõeïeâeáeàeåeãeäoùoøoûoõoïoâoáoàoåoãoä"
                + "ôôùôøôûôõôïuùuøuûuõuïööùöøöûöõöïíìæóòyùyøyûyõîñ";
        assertEquals(LETTERS, LegacyVietnamese.toUnicode(lower, Encoding.VNI_WINDOWS));
        assertEquals(LETTERS.toUpperCase(), LegacyVietnamese.toUnicode(
                "AÙAØAÛAÕAÏAÂAÁAÀAÅAÃAÄAÊAÉAÈAÚAÜAËEÙEØEÛEÕEÏEÂEÁEÀEÅEÃEÄOÙOØOÛOÕOÏOÂOÁOÀOÅOÃOÄ"
                + "ÔÔÙÔØÔÛÔÕÔÏUÙUØUÛUÕUÏÖÖÙÖØÖÛÖÕÖÏÍÌÆÓÒYÙYØYÛYÕÎÑ", Encoding.VNI_WINDOWS));
    }

    /** Every toned or modified Vietnamese letter, in the order of the VNI table: a â ă e ê o ô ơ u ư i y, đ. */
    private static final String LETTERS = "áàảãạâấầẩẫậăắằẳẵặéèẻẽẹêếềểễệóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựíìỉĩịýỳỷỹỵđ";

    @Test
    void detectsTcvn3AndVni() {
        assertEquals(Optional.of(Encoding.TCVN3), LegacyVietnamese.detect(
                "Bµi gi¶ng ®iÖn tö m«n TiÕng ViÖt líp n¨m cña tr\u00ADêng tiÓu häc"));
        assertEquals(Optional.of(Encoding.VNI_WINDOWS), LegacyVietnamese.detect(
                "Baøi giaûng ñieän töû moân Tieáng Vieät lôùp naêm cuûa tröôøng tieåu hoïc"));
    }

    @Test
    void convertedTextIsNfc() {
        String converted = LegacyVietnamese.toUnicode("Tr\u00ADêng häc", Encoding.TCVN3);
        assertTrue(Normalizer.isNormalized(converted, Normalizer.Form.NFC));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tôi là giáo sư",
        "Tôi là giáo viên. Trường học điện tử của chúng tôi có nhiều bài giảng hay và các em học sinh rất thích.",
        "Hoà bình, hoá học, thuỷ chung: cách bỏ dấu kiểu cũ vẫn là Unicode.",
        "The quick brown fox jumps over the lazy dog. Lectures © 2020 Microsoft® «PowerPoint» ±5 °C.",
        "À la fin de l'été, le café était très apprécié par les élèves à l'école où ça coûte cher.",
        "Über die Brücke gehen Schüler täglich zur Schule, heißt es; Mädchen und Jungen lernen Französisch.",
        "Señor Muñoz compró años de café en Bogotá y São Paulo.",
        "",
    })
    void leavesUnicodeAndOtherLanguagesAlone(String text) {
        assertEquals(Optional.empty(), LegacyVietnamese.detect(text));
    }

    @Test
    void leavesUnicodeWordsInsideLegacyTextAlone() {
        assertEquals("Trường học điện tử", LegacyVietnamese.toUnicode("Trường häc ®iÖn tö", Encoding.TCVN3));
    }
}
