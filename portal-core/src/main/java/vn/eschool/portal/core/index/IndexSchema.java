package vn.eschool.portal.core.index;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ItemAudience;
import vn.eschool.portal.core.content.Visibility;

/** How an {@link IndexDocument} is laid out in Lucene fields; the one place that knows the field names. */
final class IndexSchema {

    /**
     * The layout below (fields, analysis, index sort). Change it with any change that needs documents
     * rewritten: an index committed under another version (or none) is rebuilt at start-up.
     */
    static final String VERSION = "3";

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The id as a term, for updates and deletes; also stored. */
    static final String ID = "id";
    /** The id as doc values, to break score and date ties the same way in every index built from the same data. */
    static final String ID_ORDER = "idOrder";
    /** Epoch millis as points (range filters) and doc values (sorting); also stored. */
    static final String DATE = "date";
    /** The rebuild a document was written in; documents of older rebuilds are stale when a rebuild ends. */
    static final String EPOCH = "epoch";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ATTACHMENT = "attachment";
    /**
     * Title, body and attachment accent-folded in one field, for matching: an item matches a word when the
     * folded word is in any of them, which one term query answers. The separate fields rank and highlight.
     */
    static final String ANY_TEXT_FOLDED = VietnameseAnalyzer.folded("text");

    /**
     * The school of an item every visitor may see (public and published), absent otherwise: the public search
     * of a school is one term instead of three filters.
     */
    static final String PUBLIC_IN = "publicIn";

    /**
     * Who among the staff an internal item is addressed to: {@link #ALL_STAFF}, or its group's and accounts' terms
     * ({@link #groupAudience}, {@link #accountAudience}); absent on public items, which everyone sees.
     */
    static final String AUDIENCE = "audience";
    static final String ALL_STAFF = "staff";

    /**
     * Epoch millis from which the item is shown (its publication, possibly scheduled): searches filter on it at
     * their own time, so a scheduled item becomes searchable at its time without being written again.
     */
    static final String VISIBLE_FROM = "visibleFrom";

    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM");

    // Offsets in the postings let the highlighter find passages without re-analysing stored text.
    private static final FieldType STORED_TEXT = textType(true);
    private static final FieldType FOLDED_TEXT = textType(false);
    private static final FieldType MATCHING_TEXT = matchingType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final FieldType PAIRS_TEXT = matchingType(IndexOptions.DOCS_AND_FREQS);

    private IndexSchema() {
    }

    static Document toDocument(IndexDocument d, String epoch) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_ORDER, d.id()));
        doc.add(new StringField(EPOCH, epoch, Field.Store.NO));
        doc.add(new LongField(DATE, d.date().toInstant().toEpochMilli(), Field.Store.YES));
        if (d.visibility() == Visibility.PUBLIC && d.status() == ContentStatus.PUBLISHED) {
            doc.add(new StringField(PUBLIC_IN, nfc(d.school()), Field.Store.NO));
        }
        if (d.visibility() == Visibility.INTERNAL) {
            audienceTerms(d.audience()).forEach(term -> doc.add(new StringField(AUDIENCE, term, Field.Store.NO)));
        }
        doc.add(new LongField(VISIBLE_FROM, d.visibleFrom().toInstant().toEpochMilli(), Field.Store.NO));
        addText(doc, TITLE, d.title());
        addText(doc, BODY, d.body());
        addText(doc, ATTACHMENT, d.attachmentText());
        for (Dimension dimension : Dimension.values()) {
            boolean stored = dimension == Dimension.SCHOOL || dimension == Dimension.TYPE
                    || dimension == Dimension.CATEGORY;
            for (String value : valuesOf(dimension, d)) {
                String normal = nfc(value);
                doc.add(new StringField(dimension.field, normal, stored ? Field.Store.YES : Field.Store.NO));
                doc.add(dimension == Dimension.SOFTWARE
                        ? new SortedSetDocValuesField(dimension.field, new BytesRef(normal))
                        : new SortedDocValuesField(dimension.field, new BytesRef(normal)));
            }
        }
        return doc;
    }

    static List<String> audienceTerms(ItemAudience audience) {
        if (audience.isAllStaff()) {
            return List.of(ALL_STAFF);
        }
        List<String> terms = new ArrayList<>();
        if (audience.groupId() != null) {
            terms.add(groupAudience(audience.groupId()));
        }
        audience.accountIds().forEach(id -> terms.add(accountAudience(id)));
        return terms;
    }

    static String groupAudience(long groupId) {
        return "group:" + groupId;
    }

    static String accountAudience(long accountId) {
        return "account:" + accountId;
    }

    static String month(OffsetDateTime date) {
        return date.atZoneSameInstant(SCHOOL_ZONE).format(MONTH_FORMAT);
    }

    static long startMillis(LocalDate day) {
        return day.atStartOfDay(SCHOOL_ZONE).toInstant().toEpochMilli();
    }

    static long startMillis(YearMonth month) {
        return startMillis(month.atDay(1));
    }

    /** Keyboards and imported files mix precomposed and decomposed diacritics; terms must use one form. */
    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static List<String> valuesOf(Dimension dimension, IndexDocument d) {
        return switch (dimension) {
            case SCHOOL -> one(d.school());
            case TYPE -> one(d.type());
            case CATEGORY -> one(d.category());
            case AUTHOR_ID -> one(d.authorId());
            case AUTHOR_USERNAME -> one(d.authorUsername());
            case SUBJECT_GROUP -> one(d.subjectGroup());
            case SUBJECT -> one(d.subject());
            case GRADE -> one(d.grade());
            case CLASS -> one(d.className());
            case WEEK -> one(d.week());
            case MONTH -> one(month(d.date()));
            case SOFTWARE -> d.software().stream().filter(s -> s != null && !s.isBlank()).toList();
            case STATUS -> one(d.status().name());
            case VISIBILITY -> one(d.visibility().name());
        };
    }

    private static List<String> one(Object value) {
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString());
    }

    private static void addText(Document doc, String field, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String normal = nfc(text);
        doc.add(new Field(field, normal, STORED_TEXT));
        doc.add(new Field(VietnameseAnalyzer.folded(field), normal, FOLDED_TEXT));
        doc.add(new Field(ANY_TEXT_FOLDED, normal, MATCHING_TEXT));
        doc.add(new Field(VietnameseAnalyzer.SYLLABLE_PAIRS, normal, PAIRS_TEXT));
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** No offsets: snippets come from the separate fields. */
    private static FieldType matchingType(IndexOptions options) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
