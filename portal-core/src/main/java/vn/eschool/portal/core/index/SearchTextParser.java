package vn.eschool.portal.core.index;

import static vn.eschool.portal.core.index.IndexSchema.ANY_TEXT_FOLDED;
import static vn.eschool.portal.core.index.IndexSchema.ATTACHMENT;
import static vn.eschool.portal.core.index.IndexSchema.BODY;
import static vn.eschool.portal.core.index.IndexSchema.TITLE;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * What a visitor types, as a query: every word (or quoted phrase) must be in the item's folded text, and
 * where it stands and how it is spelt decide the rank. A match in the title says most about an item; an exact
 * (accented) spelling says more than a folded one, so it is looked for only when the word has diacritics.
 *
 * <p>Matching is one term (or phrase) per word in {@link IndexSchema#ANY_TEXT_FOLDED}; the ranking clauses are
 * optional and read only for matching items. Prefixes ({@code toán*}) and fuzzy words ({@code toan~1}) match
 * folded text and rank by the folded title.
 *
 * <p>The work a query may cause is bounded, since anyone may search: at most {@value #MAX_WORDS} words, of which
 * {@value #MAX_MULTI_TERM_WORDS} prefixes or fuzzy words of at least {@value #MIN_MULTI_TERM_CHARS} letters, each
 * expanded to at most {@value #MAX_EXPANSIONS} terms (the closest, for a fuzzy word); more is a
 * {@link QueryTooComplexException}.
 */
final class SearchTextParser extends SimpleQueryParser {

    private static final String TITLE_FOLDED = VietnameseAnalyzer.folded(TITLE);
    private static final float FOLDED_TITLE_WEIGHT = 3f;
    private static final Map<String, Float> EXACT_WEIGHTS = Map.of(TITLE, 6f, BODY, 2f, ATTACHMENT, 1f);

    static final int MAX_WORDS = 50;
    static final int MAX_MULTI_TERM_WORDS = 4;
    static final int MIN_MULTI_TERM_CHARS = 2;
    static final int MAX_EXPANSIONS = 50;
    /** A fuzzy word's first letter must match: the terms compared are then those of one letter, not all. */
    private static final int FUZZY_FIXED_PREFIX = 1;

    private final Analyzer analyzer;
    private int multiTermWords;

    SearchTextParser(Analyzer analyzer) {
        super(analyzer, Map.of(ANY_TEXT_FOLDED, 1f, TITLE_FOLDED, FOLDED_TITLE_WEIGHT));
        this.analyzer = analyzer;
        setDefaultOperator(Occur.MUST);
    }

    /**
     * A boost, not a filter, for items where the syllables stand side by side as typed: one optional term per
     * pair of neighbouring syllables; {@code null} for a single syllable.
     */
    Query together(String text) {
        return createBooleanQuery(VietnameseAnalyzer.SYLLABLE_PAIRS, text, Occur.SHOULD);
    }

    /** The query for {@code text}, or {@code null} if it has no words. */
    @Override
    public Query parse(String text) {
        multiTermWords = 0;
        Query query = super.parse(text);
        if (query != null && wordsIn(query) > MAX_WORDS) {
            throw new QueryTooComplexException("Từ khóa tìm kiếm có quá nhiều từ: tối đa " + MAX_WORDS + " từ.",
                    "The search has too many words: at most " + MAX_WORDS + ".");
        }
        return query;
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        int edits = Math.min(fuzziness, LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE);
        return multiTerm(text, term -> new FuzzyQuery(term, edits, FUZZY_FIXED_PREFIX, MAX_EXPANSIONS, true));
    }

    @Override
    protected Query newPrefixQuery(String text) {
        return multiTerm(text, term -> new PrefixQuery(term,
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS)));
    }

    /** One multi-term query per weighted field, as the parser would build it, within the limits. */
    private Query multiTerm(String text, Function<Term, Query> queryOf) {
        if (++multiTermWords > MAX_MULTI_TERM_WORDS) {
            throw new QueryTooComplexException("Tối đa " + MAX_MULTI_TERM_WORDS
                    + " từ có dấu * hoặc ~ trong một lần tìm kiếm.",
                    "At most " + MAX_MULTI_TERM_WORDS + " words with * or ~ in one search.");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> weight : weights.entrySet()) {
            BytesRef term = getAnalyzer().normalize(weight.getKey(), text);
            String normal = term.utf8ToString();
            if (normal.codePointCount(0, normal.length()) < MIN_MULTI_TERM_CHARS) {
                throw new QueryTooComplexException("Từ có dấu * hoặc ~ phải có ít nhất " + MIN_MULTI_TERM_CHARS
                        + " chữ cái.", "A word with * or ~ needs at least " + MIN_MULTI_TERM_CHARS + " letters.");
            }
            Query clause = queryOf.apply(new Term(weight.getKey(), term));
            query.add(weight.getValue() == 1f ? clause : new BoostQuery(clause, weight.getValue()), Occur.SHOULD);
        }
        return simplify(query.build());
    }

    /** Terms and multi-term words the query looks up in the matching field: one per word typed. */
    private static int wordsIn(Query query) {
        int[] words = {0};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return ANY_TEXT_FOLDED.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                words[0] += terms.length;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                words[0]++;
            }
        });
        return words[0];
    }

    @Override
    protected Query newDefaultQuery(String text) {
        return matchAndRank(text, field -> createBooleanQuery(field, text, getDefaultOperator()));
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
        return matchAndRank(text, field -> createPhraseQuery(field, text, slop));
    }

    private Query matchAndRank(String text, Function<String, Query> queryOf) {
        Query match = queryOf.apply(ANY_TEXT_FOLDED);
        if (match == null) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(match, Occur.MUST);
        addRanking(query, queryOf.apply(TITLE_FOLDED), FOLDED_TITLE_WEIGHT);
        if (hasDiacritics(text)) {
            EXACT_WEIGHTS.forEach((field, weight) -> addRanking(query, queryOf.apply(field), weight));
        }
        return query.build();
    }

    private static void addRanking(BooleanQuery.Builder query, Query clause, float weight) {
        if (clause != null) {
            query.add(new BoostQuery(clause, weight), Occur.SHOULD);
        }
    }

    /** Whether folding changes the text: otherwise exact fields would only repeat the folded match. */
    private boolean hasDiacritics(String text) {
        return !analyzer.normalize(TITLE, text).equals(analyzer.normalize(TITLE_FOLDED, text));
    }
}
