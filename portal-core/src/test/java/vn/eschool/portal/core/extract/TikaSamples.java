package vn.eschool.portal.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Tika's own sample documents ({@code test-documents/…} in the test jars of tika-parser-microsoft-module and
 * tika-parser-pdf-module): real files from real software. Shared through portal-core's test jar with the portal's
 * integration tests, which upload the same damaged samples the extractor is tested with.
 */
public final class TikaSamples {

    private static final String DIR = "test-documents/";

    private TikaSamples() {
    }

    /** A sample by its name under {@code test-documents/}. */
    public static byte[] tikaSample(String name) {
        try (InputStream in = TikaSamples.class.getResourceAsStream("/" + DIR + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No Tika sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every damaged, truncated or protected sample Tika ships, in both jars. */
    public static List<String> damaged() throws IOException {
        List<String> names = new ArrayList<>();
        for (String oneOfTheJar : List.of("testPPT.pptx", "testPDF.pdf")) {
            var connection = (JarURLConnection) TikaSamples.class.getResource("/" + DIR + oneOfTheJar).openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().map(ZipEntry::getName)
                        .filter(name -> name.startsWith(DIR) && !name.endsWith("/"))
                        .map(name -> name.substring(DIR.length()))
                        .filter(name -> name.matches("(?i).*(protect|truncat|corrupt|bad|encrypt|oom).*"))
                        .forEach(names::add);
            }
        }
        return names;
    }
}
