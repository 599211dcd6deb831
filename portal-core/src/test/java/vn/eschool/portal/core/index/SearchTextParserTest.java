package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** The bounds on what one search may cost. */
class SearchTextParserTest {

    private final SearchTextParser parser = new SearchTextParser(new VietnameseAnalyzer());

    @Test
    void fifteenOneLetterFuzzyWordsAreRefused() {
        String query = IntStream.range(0, 15).mapToObj(i -> (char) ('a' + i) + "~").collect(Collectors.joining(" "));
        assertThrows(QueryTooComplexException.class, () -> parser.parse(query));
    }

    @Test
    void twentyFuzzyWordsAreRefusedFourAreNot() {
        assertThrows(QueryTooComplexException.class, () -> parser.parse(fuzzy(20)));
        assertThrows(QueryTooComplexException.class, () -> parser.parse(fuzzy(SearchTextParser.MAX_MULTI_TERM_WORDS + 1)));
        assertNotNull(parser.parse(fuzzy(SearchTextParser.MAX_MULTI_TERM_WORDS)));
    }

    @Test
    void aPrefixNeedsTwoLettersAndIsExpandedToBoundedTerms() {
        assertThrows(QueryTooComplexException.class, () -> parser.parse("t*"));
        List<Query> multiTerm = multiTermQueries(parser.parse("to*"));
        assertEquals(2, multiTerm.size(), "the folded text and the folded title");
        multiTerm.forEach(q -> assertTrue(((PrefixQuery) q).getRewriteMethod()
                instanceof MultiTermQuery.TopTermsBlendedFreqScoringRewrite, q.toString()));
    }

    @Test
    void aFuzzyWordExpandsToBoundedTermsSharingItsFirstLetter() {
        List<Query> multiTerm = multiTermQueries(parser.parse("huong~5"));
        assertEquals(2, multiTerm.size());
        multiTerm.forEach(q -> {
            FuzzyQuery fuzzy = (FuzzyQuery) q;
            assertEquals(2, fuzzy.getMaxEdits());
            assertEquals(1, fuzzy.getPrefixLength());
        });
    }

    @Test
    void tooManyWordsAreRefusedEvenInOneToken() {
        String words = "a,".repeat(SearchTextParser.MAX_WORDS + 1);
        assertThrows(QueryTooComplexException.class, () -> parser.parse(words));
        assertNotNull(parser.parse("bồi dưỡng học sinh giỏi cấp quận năm học 2025 2026"));
    }

    @Test
    void theLimitsHoldForEachParseNotForTheParser() {
        for (int i = 0; i < 3; i++) {
            assertNotNull(parser.parse(fuzzy(SearchTextParser.MAX_MULTI_TERM_WORDS)));
        }
    }

    private static String fuzzy(int words) {
        return IntStream.range(0, words).mapToObj(i -> "truong" + (char) ('a' + i) + "~1")
                .collect(Collectors.joining(" "));
    }

    private static List<Query> multiTermQueries(Query query) {
        List<Query> found = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MultiTermQuery) {
                    found.add(leaf);
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                found.add(q);
            }
        });
        return found;
    }
}
