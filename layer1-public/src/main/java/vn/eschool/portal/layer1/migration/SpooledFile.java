package vn.eschool.portal.layer1.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** An uploaded part copied to a temporary file (read twice, or opened as a ZIP), removed when closed. */
final class SpooledFile implements AutoCloseable {

    private final Path path;

    private SpooledFile(Path path) {
        this.path = path;
    }

    static SpooledFile of(InputStream content, String suffix) {
        try (InputStream in = content) {
            Path file = Files.createTempFile("import-", suffix);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return new SpooledFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
