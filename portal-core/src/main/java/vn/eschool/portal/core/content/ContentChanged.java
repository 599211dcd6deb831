package vn.eschool.portal.core.content;

/**
 * A school's content changed and the change is committed (fired by the core after the transaction, once per
 * school and transaction): plugins that keep derived copies, such as a page cache, refresh them.
 */
public record ContentChanged(long schoolId, String schoolCode) {
}
