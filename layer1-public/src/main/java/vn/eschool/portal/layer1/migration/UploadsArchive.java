package vn.eschool.portal.layer1.migration;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The old site's uploads folder sent as a ZIP: files are found by their path under the uploads folder, however
 * the archive was made ({@code wp-content/uploads/2023/09/a.jpg}, {@code uploads/2023/09/a.jpg},
 * {@code 2023/09/a.jpg}; NukeViet's {@code uploads/news/2023_09/a.jpg} as {@code 2023_09/a.jpg}).
 */
public final class UploadsArchive implements Closeable {

    private final ZipFile zip;
    private final Map<String, ZipEntry> byPath = new HashMap<>();

    private UploadsArchive(ZipFile zip, String folder) {
        this.zip = zip;
        zip.stream().filter(e -> !e.isDirectory()).forEach(entry -> {
            String name = entry.getName().replace('\\', '/');
            int at = name.lastIndexOf(folder);
            byPath.putIfAbsent(at < 0 ? name : name.substring(at + folder.length()), entry);
        });
    }

    /** {@code folder} is the uploads folder's name with its slashes, e.g. {@code uploads/} or {@code uploads/news/}. */
    public static UploadsArchive open(Path file, String folder) throws IOException {
        return new UploadsArchive(new ZipFile(file.toFile()), folder);
    }

    public boolean has(String path) {
        return byPath.containsKey(path);
    }

    public Optional<InputStream> open(String path) throws IOException {
        ZipEntry entry = byPath.get(path);
        return entry == null ? Optional.empty() : Optional.of(zip.getInputStream(entry));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
