package vn.eschool.portal.core.files;

import java.io.InputStream;

/** A file as it arrives in a request: the client's name and the bytes to stream. */
public record Upload(String filename, InputStream content) {
}
