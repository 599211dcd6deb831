package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    private final VietnameseAnalyzer analyzer = new VietnameseAnalyzer();

    @Test
    void exactFieldsKeepDiacriticsAndLowerCase() throws IOException {
        assertEquals(List.of("trường", "học", "điện", "tử"), tokens("body", "Trường học Điện tử"));
    }

    @Test
    void foldedFieldsDropDiacriticsIncludingTheStrokedD() throws IOException {
        assertEquals(List.of("truong", "hoc", "dien", "tu", "dao", "duc"),
                tokens("body.folded", "Trường học điện tử, ĐẠO ĐỨC"));
    }

    @Test
    void decomposedInputGivesTheSameTermsAsPrecomposed() throws IOException {
        String precomposed = "Trường học điện tử Đắk Lắk";
        String decomposed = Normalizer.normalize(precomposed, Normalizer.Form.NFD);
        assertEquals(tokens("body", precomposed), tokens("body", decomposed));
        assertEquals(tokens("body.folded", precomposed), tokens("body.folded", decomposed));
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
