package vn.eschool.portal.layer1.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On WordPress's own export of a small site (see make-wordpress-export.php beside it). */
class WxrReaderTest {

    private static WxrReader.Channel readFixture(List<WxrItem> into) throws Exception {
        try (InputStream in = WxrReaderTest.class.getResourceAsStream("/migration/wordpress-export.xml")) {
            return WxrReader.read(in, into::add);
        }
    }

    @Test
    void readsTheChannelAndEveryItemWithStatesDatesTermsAndThumbnail() throws Exception {
        List<WxrItem> read = new ArrayList<>();
        WxrReader.Channel channel = readFixture(read);
        assertEquals("http://truong-cu.invalid", channel.baseBlogUrl());
        assertEquals(List.of("thaytuan", "co.giang"), channel.authors().stream().map(WxrReader.Author::login).toList());
        assertEquals("Cô Giang", channel.authors().get(1).displayName());
        assertEquals(List.of(2L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L), read.stream().map(WxrItem::postId).toList());

        WxrItem opening = read.get(2);
        assertEquals("post", opening.type());
        assertEquals("publish", opening.status());
        assertEquals("Lễ khai giảng năm học mới", opening.title());
        assertEquals(OffsetDateTime.parse("2023-09-05T01:30Z"), opening.date());
        assertEquals("thaytuan", opening.creator());
        assertEquals(OffsetDateTime.parse("2023-09-06T03:00Z"), opening.modified());
        assertEquals(List.of("Tin tức – Sự kiện"), opening.categories());
        assertEquals(List.of("khai giảng"), opening.tags());
        assertEquals(10L, opening.thumbnailId(), "the comment's meta is not the post's");
        assertTrue(opening.content().contains("wp-content/uploads/2023/09/anh-khai-giang.jpg"));
        assertEquals("Lễ khai giảng năm học 2023–2024.", opening.excerpt());
        assertEquals("http://truong-cu.invalid/2023/09/05/le-khai-giang-nam-hoc-moi", opening.link());

        assertEquals("page", read.get(0).type());
        assertEquals("attachment", read.get(1).type());
        assertEquals("http://truong-cu.invalid/wp-content/uploads/2023/09/anh-khai-giang.jpg", read.get(1).attachmentUrl());
        assertEquals(11L, read.get(1).parent());

        WxrItem pending = read.get(3);
        assertEquals("pending", pending.status());
        assertEquals(OffsetDateTime.parse("2023-09-20T02:00Z").toInstant(), pending.date().toInstant(), "no GMT date yet: the local one in Vietnam");
        assertEquals("future", read.get(5).status());
        assertNull(read.get(4).thumbnailId());
        assertEquals("Nháp.\n\nĐoạn thứ hai.", read.get(4).content());
        assertTrue(read.get(8).passwordProtected());
        assertEquals(false, opening.passwordProtected());
    }

    @Test
    void refusesWhatIsNoWordPressExport() {
        assertThrows(WxrReader.NotWxrException.class, () -> WxrReader.read(new ByteArrayInputStream(
                "<html><body>no</body></html>".getBytes(StandardCharsets.UTF_8)), item -> { }));
        assertThrows(WxrReader.NotWxrException.class, () -> WxrReader.read(new ByteArrayInputStream(
                "<rss><channel><item>".getBytes(StandardCharsets.UTF_8)), item -> { }));
        assertThrows(WxrReader.NotWxrException.class, () -> WxrReader.read(new ByteArrayInputStream(
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;</rss>"
                        .getBytes(StandardCharsets.UTF_8)), item -> { }));
    }

    @Test
    void aFailureOfWhatIsDoneWithAnItemIsItsOwnNotAnUnreadableFile() {
        IllegalStateException failure = new IllegalStateException("the category exists");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> readFixture(new ArrayList<>() {
            @Override
            public boolean add(WxrItem item) {
                throw failure;
            }
        }));
        assertEquals(failure, thrown);
    }
}
