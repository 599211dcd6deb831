package vn.eschool.portal.core.files;

/** Bytes kept once in the file store, named by their SHA-256. */
public record StoredBlob(String sha256, long size) {
}
