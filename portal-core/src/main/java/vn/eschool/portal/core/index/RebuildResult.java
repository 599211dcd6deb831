package vn.eschool.portal.core.index;

/**
 * @param documents  documents written by the rebuild
 * @param generation pass to {@link ContentIndex#awaitVisible} to wait until searches see the rebuilt index
 */
public record RebuildResult(long documents, long generation) {
}
