package vn.eschool.portal.core.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for one page of hits, with the stored fields each hit shows read in the same visit as the text the
 * snippets come from (reading a document's stored fields decompresses its whole block, so once per hit).
 *
 * <p>Matches are marked from the offsets in the postings of each text field and of its folded twin, so an
 * accent-less query marks accented words.
 */
final class PageHighlighter extends UnifiedHighlighter {

    private static final int SNIPPET_SOURCE_CHARS = 100_000;
    private static final int SNIPPET_CHARS = 200;

    private final StoredFields storedFields;
    private final Set<String> hitFields;
    private final Map<Integer, Document> stored = new HashMap<>();

    PageHighlighter(IndexSearcher searcher, Analyzer analyzer, Set<String> hitFields) throws IOException {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaskedFieldsFunc(field -> Set.of(VietnameseAnalyzer.folded(field)))
                .withMaxLength(SNIPPET_SOURCE_CHARS)
                // Offsets come straight from the postings of the highlight query's terms; matching the whole
                // query again for each hit (weight matches) cost as much as the search itself.
                .withWeightMatches(false)
                // Marking prefixes and fuzzy words would walk the field's term dictionary for every hit: only the
                // words typed in full are marked.
                .withHandleMultiTermQuery(false)
                // Word rather than sentence boundaries: extracted attachment text may have no sentence for pages.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f)));
        this.storedFields = searcher.storedFields();
        this.hitFields = hitFields;
    }

    /** The hit's stored fields (those given at construction), read while highlighting if it was highlighted. */
    Document stored(int doc) throws IOException {
        Document document = stored.get(doc);
        return document != null ? document : storedFields.document(doc, hitFields);
    }

    /** Every field indexed here has offsets in its postings; looking that up merges all segments' field infos. */
    @Override
    protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.POSTINGS;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        Set<String> wanted = new HashSet<>(hitFields);
        wanted.addAll(List.of(fields));
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document document = storedFields.document(doc, wanted);
            stored.put(doc, document);
            CharSequence[] texts = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String text = document.get(fields[i]);
                texts[i] = text == null ? "" : text.substring(0, Math.min(text.length(), getMaxLength()));
            }
            values.add(texts);
        }
        return values;
    }
}
