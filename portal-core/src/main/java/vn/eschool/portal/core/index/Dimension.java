package vn.eschool.portal.core.index;

/**
 * A keyword attribute of every indexed item, kept as doc values so that the audit can filter and count by it
 * without loading stored documents. Values are the strings of {@link IndexDocument}; numbers (author id, week)
 * are their decimal form, and {@link #MONTH} is {@code yyyy-MM} in the schools' time zone.
 */
public enum Dimension {
    SCHOOL("school"),
    TYPE("type"),
    CATEGORY("category"),
    AUTHOR_ID("authorId"),
    AUTHOR_USERNAME("author"),
    SUBJECT_GROUP("subjectGroup"),
    SUBJECT("subject"),
    GRADE("grade"),
    CLASS("class"),
    WEEK("week"),
    MONTH("month"),
    /** The only multi-valued dimension: an item counts once under each of its software. */
    SOFTWARE("software"),
    STATUS("status"),
    VISIBILITY("visibility");

    /** The group key value of an item that has no value for a dimension. */
    public static final String MISSING = "";

    final String field;

    Dimension(String field) {
        this.field = field;
    }
}
