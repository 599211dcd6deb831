package vn.eschool.portal.layer1.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.rest.PortalException;

class ImportRulesTest {

    @Test
    void wordPressStatesMapToTheWorkflow() {
        assertEquals(Optional.of(ContentStatus.PUBLISHED), WordPressImporter.stateOf("publish"));
        assertEquals(Optional.of(ContentStatus.PUBLISHED), WordPressImporter.stateOf("future"));
        assertEquals(Optional.of(ContentStatus.SUBMITTED), WordPressImporter.stateOf("pending"));
        assertEquals(Optional.of(ContentStatus.DRAFT), WordPressImporter.stateOf("draft"));
        for (String left : List.of("private", "trash", "auto-draft", "inherit")) {
            assertEquals(Optional.empty(), WordPressImporter.stateOf(left), left);
        }
    }

    @Test
    void nukeVietStatesMapToTheWorkflow() {
        assertEquals(Optional.of(ContentStatus.PUBLISHED), NukeVietImporter.stateOf(1));
        assertEquals(Optional.of(ContentStatus.PUBLISHED), NukeVietImporter.stateOf(2));
        assertEquals(Optional.of(ContentStatus.UNPUBLISHED), NukeVietImporter.stateOf(0));
        assertEquals(Optional.of(ContentStatus.UNPUBLISHED), NukeVietImporter.stateOf(3));
        assertEquals(Optional.of(ContentStatus.DRAFT), NukeVietImporter.stateOf(4));
        for (int waiting : new int[] {5, 7, 8, 10}) {
            assertEquals(Optional.of(ContentStatus.SUBMITTED), NukeVietImporter.stateOf(waiting), "status " + waiting);
        }
        for (int rejected : new int[] {6, 9}) {
            assertEquals(Optional.of(ContentStatus.RETURNED), NukeVietImporter.stateOf(rejected), "status " + rejected);
        }
        assertEquals(Optional.empty(), NukeVietImporter.stateOf(11));
        assertEquals(Optional.empty(), NukeVietImporter.stateOf(99));
    }

    @Test
    void classicEditorParagraphsGetTheirTags() {
        assertEquals("<p>Một<br>dòng</p>\n<p>Hai</p>\n", WordPressImporter.paragraphs("Một\ndòng\n\nHai"));
        assertEquals("<p>Đã có</p>", WordPressImporter.paragraphs("<p>Đã có</p>"));
    }

    @Test
    void oldLoginsBecomeUsernames() {
        assertEquals("co.giang", ImportRun.usernameFor("co.giang"));
        assertEquals("nguyen-van-an", ImportRun.usernameFor("Nguyễn Văn An"));
        assertEquals("tacgia-a", ImportRun.usernameFor("A"));
    }

    @Test
    void authorMappingAndCommitAreReadStrictly() {
        assertEquals(Map.of("thaytuan", "quantri", "co.giang", "bientap"),
                MigrationResource.authors(List.of("thaytuan=quantri\nco.giang = bientap")));
        assertThrows(PortalException.class, () -> MigrationResource.authors(List.of("thaytuan")));
        assertEquals(false, MigrationResource.commitParam("false"));
        assertEquals(true, MigrationResource.commitParam(null));
        assertThrows(PortalException.class, () -> MigrationResource.commitParam("yes"));
    }

    @Test
    void aNukeVietSourceTakesOnlyAPlainAddressAndSafeNames() {
        assertEquals("jdbc:mariadb://db.truong.vn:3306/nukeviet", new NukeVietSource("jdbc:mysql://db.truong.vn:3306/nukeviet",
                "u", "p", "nv4", "vi", "news").url());
        assertEquals("nv4_vi_news_rows", new NukeVietSource("jdbc:mariadb://127.0.0.1/nv", "u", "p", "nv4", "vi", "news")
                .table("rows"));
        assertThrows(PortalException.class, () -> new NukeVietSource(
                "jdbc:mariadb://h/db?allowLocalInfile=true", "u", "p", "nv4", "vi", "news"));
        assertThrows(PortalException.class, () -> new NukeVietSource("jdbc:postgresql://h/db", "u", "p", "nv4", "vi", "news"));
        assertThrows(PortalException.class, () -> new NukeVietSource("jdbc:mariadb://h/db", "u", "p", "nv4; DROP", "vi", "news"));
    }

    @Test
    void titlesAndTagsFitTheirColumns() {
        assertEquals("(Không có tiêu đề)", ImportRun.title(" "));
        assertEquals(300, ImportRun.title("a".repeat(400)).length());
        assertEquals(List.of("khai giảng"), ImportRun.tags(List.of("khai giảng", " khai giảng ", "")));
        List<String> many = ImportRun.tags(java.util.stream.IntStream.range(0, 100).mapToObj(i -> "thẻ số " + i).toList());
        assertEquals(true, String.join(",", many).length() <= 500);
        assertEquals("thẻ số 0", many.get(0));
    }
}
