package vn.eschool.portal.core.index;

/**
 * How far a rebuild has come.
 *
 * @param done          documents written so far
 * @param expectedTotal what the caller said the source holds (it may change while the rebuild runs)
 * @param merging       every document is written and the index is being merged into one segment, which takes
 *                      minutes for a district's millions of items
 */
public record RebuildProgress(long done, long expectedTotal, boolean merging) {
}
