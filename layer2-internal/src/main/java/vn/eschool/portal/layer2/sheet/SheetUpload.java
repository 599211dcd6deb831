package vn.eschool.portal.layer2.sheet;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.eschool.portal.core.rest.PortalException;

/** The uploaded list file of an import, read whole: lists are a few hundred rows, anything much larger is not one. */
public final class SheetUpload {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private SheetUpload() {
    }

    public static byte[] bytes(EntityPart file) {
        try (InputStream in = file.getContent()) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new PortalException(413, "file-too-large", "Tệp danh sách quá lớn (tối đa 5 MB).",
                        "The list file is too large (at most 5 MB).");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
