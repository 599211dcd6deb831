package vn.eschool.portal.core.index;

import static vn.eschool.portal.core.index.IndexSchema.ANY_TEXT_FOLDED;
import static vn.eschool.portal.core.index.IndexSchema.ATTACHMENT;
import static vn.eschool.portal.core.index.IndexSchema.BODY;
import static vn.eschool.portal.core.index.IndexSchema.TITLE;

import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * What a visitor types, as a query: every word (or quoted phrase) must be in the item's folded text, and
 * where it stands and how it is spelt decide the rank. A match in the title says most about an item; an exact
 * (accented) spelling says more than a folded one, so it is looked for only when the word has diacritics.
 *
 * <p>Matching is one term (or phrase) per word in {@link IndexSchema#ANY_TEXT_FOLDED}; the ranking clauses are
 * optional and read only for matching items. Prefixes ({@code toán*}) and fuzzy words ({@code toan~1}) match
 * folded text and rank by the folded title.
 */
final class SearchTextParser extends SimpleQueryParser {

    private static final String TITLE_FOLDED = VietnameseAnalyzer.folded(TITLE);
    private static final float FOLDED_TITLE_WEIGHT = 3f;
    private static final Map<String, Float> EXACT_WEIGHTS = Map.of(TITLE, 6f, BODY, 2f, ATTACHMENT, 1f);

    private final Analyzer analyzer;

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
