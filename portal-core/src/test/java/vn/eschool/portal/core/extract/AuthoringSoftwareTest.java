package vn.eschool.portal.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.eschool.portal.core.extract.TestFiles.blob;
import static vn.eschool.portal.core.extract.TestFiles.zip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthoringSoftwareTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Microsoft Office PowerPoint | 16.0000 | -                           | -             | PowerPoint 2016",
        "Microsoft Office PowerPoint | 12.0000 | -                           | -             | PowerPoint 2007",
        "Microsoft PowerPoint        | -       | -                           | -             | PowerPoint",
        "-                           | -       | Microsoft® PowerPoint® 2019 | -             | PowerPoint 2019",
        "-                           | -       | iSpring Suite 11            | -             | iSpring",
        "-                           | -       | Canva                       | Canva         | Canva",
        "-                           | -       | Skia/PDF m116               | Google Slides | Google Slides",
    })
    void recognisesToolsFromMetadata(String application, String version, String producer, String creatorTool,
                                     String expected) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        putIfPresent(metadata, Extraction.APPLICATION, application);
        putIfPresent(metadata, Extraction.APPLICATION_VERSION, version);
        putIfPresent(metadata, Extraction.PRODUCER, producer);
        putIfPresent(metadata, Extraction.CREATOR_TOOL, creatorTool);
        Path file = blob(dir, "%PDF-1.4".getBytes());
        assertEquals(List.of(expected), AuthoringSoftware.detect(file, "slides.pdf", "application/pdf", metadata));
    }

    @Test
    void unknownToolsAreNotGuessed() throws IOException {
        Path file = blob(dir, "%PDF-1.4".getBytes());
        Map<String, String> metadata = Map.of(
                Extraction.APPLICATION, "Microsoft Office Word",
                Extraction.PRODUCER, "Skia/PDF m116 Google Docs Renderer",
                Extraction.CREATOR_TOOL, "HTML canvas renderer");
        assertEquals(List.of(), AuthoringSoftware.detect(file, "bai-giang-ispring.pdf", "application/pdf", metadata));
    }

    @Test
    void recognisesAnISpringPackageByItsPlayer() throws IOException {
        Path file = blob(dir, zip(Map.of(
                "index.html", "<html><head><title>Bài 1</title></head><body></body></html>",
                "data/player.js", "/* iSpring HTML5 player */ window.player = {};")));
        assertEquals(List.of(AuthoringSoftware.ISPRING), AuthoringSoftware.detect(file, "bai1.zip", "application/zip", Map.of()));
    }

    @Test
    void recognisesAnISpringPackageByItsEntryNames() throws IOException {
        Path file = blob(dir, zip(Map.of("res/ispring_logo.png", "png", "index.html", "<html></html>")));
        assertEquals(List.of(AuthoringSoftware.ISPRING), AuthoringSoftware.detect(file, "bai1.zip", "application/zip", Map.of()));
    }

    @Test
    void recognisesAVioletPackageByItsGenerator() throws IOException {
        Path file = blob(dir, zip(Map.of(
                "index.html", "<html><head><meta name=\"generator\" content=\"Violet 1.9\"></head></html>")));
        assertEquals(List.of(AuthoringSoftware.VIOLET), AuthoringSoftware.detect(file, "bai2.zip", "application/zip", Map.of()));
    }

    @Test
    void recognisesAVioletPackageByItsPlayer() throws IOException {
        Path file = blob(dir, zip(Map.of("index.html", "<html></html>", "violet/player.swf", "swf")));
        assertEquals(List.of(AuthoringSoftware.VIOLET), AuthoringSoftware.detect(file, "bai2.zip", "application/zip", Map.of()));
    }

    @Test
    void aPackageThatOnlyMentionsTheColourVioletIsUnknown() throws IOException {
        Path file = blob(dir, zip(Map.of(
                "index.html", "<html><style>h1 { color: violet }</style></html>",
                "images/violet-flower.png", "png")));
        assertEquals(List.of(), AuthoringSoftware.detect(file, "hoa.zip", "application/zip", Map.of()));
    }

    @Test
    void recognisesFlipchartsAndNotebooksAsPackages() throws IOException {
        Path flipchart = blob(dir, zip(Map.of("content.xml", "<flipchart/>")));
        assertEquals(List.of(AuthoringSoftware.ACTIVINSPIRE),
                AuthoringSoftware.detect(flipchart, "Bai 3.flipchart", "application/zip", Map.of()));
        assertEquals(List.of(), AuthoringSoftware.detect(flipchart, "Bai 3.zip", "application/zip", Map.of()));

        Path notebook = blob(dir, zip(Map.of("metadata.xml", "<creator>SMART Notebook 11</creator>")));
        assertEquals(List.of(AuthoringSoftware.SMART_NOTEBOOK),
                AuthoringSoftware.detect(notebook, "bai4.zip", "application/zip", Map.of()));
    }

    @Test
    void aFlipchartNameOnSomethingElseIsNotAFlipchart() throws IOException {
        Path text = blob(dir, "just text".getBytes());
        assertEquals(List.of(), AuthoringSoftware.detect(text, "Bai 3.flipchart", "text/plain", Map.of()));
    }

    @Test
    void recognisesVideo() throws IOException {
        Path file = blob(dir, new byte[] {0, 0, 0, 8, 'f', 't', 'y', 'p'});
        assertEquals(List.of(AuthoringSoftware.VIDEO), AuthoringSoftware.detect(file, "clip.mp4", "video/mp4", Map.of()));
    }

    private static void putIfPresent(Map<String, String> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
