package vn.eschool.portal.core.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.eschool.portal.core.content.Visibility;

/** The items a person may see among a school's, as a filter of term lookups (no scoring, nothing cached). */
final class AudienceFilter {

    private AudienceFilter() {
    }

    /** The filter for {@code rights}, or {@code null} when they see everything (overseers). */
    static Query of(SearchRights rights) {
        return switch (rights.kind()) {
            case OVERSEER -> null;
            case PUBLIC -> isPublic();
            case MEMBER -> {
                List<BytesRef> addressedTo = new ArrayList<>();
                addressedTo.add(new BytesRef(IndexSchema.ALL_STAFF));
                addressedTo.add(new BytesRef(IndexSchema.accountAudience(rights.accountId())));
                if (rights.groupId() != null) {
                    addressedTo.add(new BytesRef(IndexSchema.groupAudience(rights.groupId())));
                }
                yield new BooleanQuery.Builder()
                        .add(isPublic(), Occur.SHOULD)
                        .add(new TermInSetQuery(IndexSchema.AUDIENCE, addressedTo), Occur.SHOULD)
                        .add(new TermQuery(new Term(Dimension.AUTHOR_ID.field, Long.toString(rights.accountId()))),
                                Occur.SHOULD)
                        .build();
            }
        };
    }

    private static Query isPublic() {
        return new TermQuery(new Term(Dimension.VISIBILITY.field, Visibility.PUBLIC.name()));
    }
}
