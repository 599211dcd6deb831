package vn.eschool.portal.core.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese text analysis for the content index. Text is first normalised to NFC, because keyboards and
 * Word documents produce both precomposed and decomposed (NFD) diacritics and the two must find each other.
 * Fields whose name ends in {@link #FOLDED_SUFFIX} are then accent-folded by ICU ("Trường" → "truong",
 * "Đ" → "d"), so people typing without diacritics still find content; other fields keep diacritics and are
 * only lower-cased, so exact spellings can be ranked higher. Syllables are space-separated words, which the
 * standard tokenizer already splits; phrase queries then join them into Vietnamese words.
 */
final class VietnameseAnalyzer extends Analyzer {

    static final String FOLDED_SUFFIX = ".folded";
    /**
     * Pairs of neighbouring folded syllables ("truong hoc", "hoc dien"): most Vietnamese words are two
     * syllables, so items holding the pairs of a query hold its words. A term per pair ranks proximity without
     * reading positions.
     */
    static final String SYLLABLE_PAIRS = "pairs" + FOLDED_SUFFIX;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    VietnameseAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    static String folded(String field) {
        return field + FOLDED_SUFFIX;
    }

    /** Keeps a phrase from matching across the end of a title and the start of a body in a combined field. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // A char filter rather than a token filter keeps offsets pointing into the original text for highlighting.
        return new ICUNormalizer2CharFilter(reader, NFC);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, NFC);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream normal = normalize(fieldName, source);
        if (fieldName.equals(SYLLABLE_PAIRS)) {
            ShingleFilter pairs = new ShingleFilter(normal, 2, 2);
            pairs.setOutputUnigrams(false);
            return new TokenStreamComponents(source, pairs);
        }
        return new TokenStreamComponents(source, normal);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return fieldName.endsWith(FOLDED_SUFFIX) ? new ICUFoldingFilter(in) : new LowerCaseFilter(in);
    }
}
