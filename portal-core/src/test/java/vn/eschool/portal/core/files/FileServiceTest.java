package vn.eschool.portal.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileServiceTest {

    @Test
    void uploadedNamesKeepOnlyTheirLastSegmentAndNoControlCharacters() {
        assertEquals("giao-an.pptx", FileService.safeName("C:\\Users\\gv\\giao-an.pptx"));
        assertEquals("passwd", FileService.safeName("../../etc/passwd"));
        assertEquals("Bài giảng tuần 5.pptx", FileService.safeName("Bài giảng tuần 5.pptx"));
        assertEquals("ab.txt", FileService.safeName("a\r\nb\".txt"));
        assertEquals("tep-tin", FileService.safeName("   "));
    }
}
