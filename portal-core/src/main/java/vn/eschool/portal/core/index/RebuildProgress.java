package vn.eschool.portal.core.index;

/**
 * How far a rebuild has come.
 *
 * @param done          documents written so far
 * @param expectedTotal what the caller said the source holds (it may change while the rebuild runs)
 */
public record RebuildProgress(long done, long expectedTotal) {
}
