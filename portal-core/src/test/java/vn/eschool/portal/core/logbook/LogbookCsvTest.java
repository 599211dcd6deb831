package vn.eschool.portal.core.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogbookCsvTest {

    @Test
    void exportCarriesHashesAndReadsBackToAnIntactChain() {
        LogbookEntry first = LogbookChain.next(null, new LogbookFields("th-ngoc-thuy",
                Instant.parse("2026-10-31T16:59:00Z"), "huongntt", "ARTICLE_PUBLISHED", "article/12",
                "=HYPERLINK(\"http://evil\";\"Khai giảng\")", "203.0.113.7"));
        LogbookEntry second = LogbookChain.next(first, new LogbookFields("th-ngoc-thuy",
                Instant.parse("2026-10-31T17:00:00.000001Z"), null, "NIGHTLY_BACKUP", "", "dòng 1\ndòng 2, \"trích\"",
                null));
        LogbookEntry third = LogbookChain.next(second, new LogbookFields("th-ngoc-thuy",
                Instant.parse("2026-11-01T00:00:00Z"), "admin", "SETTING_CHANGED", "'quoted", "-1", "::1"));

        StringWriter csv = new StringWriter();
        LogbookCsv.write(List.of(first, second, third), csv);
        String text = csv.toString();

        assertTrue(text.startsWith("\uFEFF\"sequence\",\"school\",\"time\",\"actor\",\"action\",\"target\","
                + "\"details\",\"ip\",\"previous_hash\",\"hash\"\r\n"), text);
        assertTrue(text.contains(",,\"NIGHTLY_BACKUP\",\"\","), "missing actor empty, empty target quoted: " + text);
        assertTrue(text.contains("\"2026-10-31T23:59:00.000000+07:00\""), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"Khai giảng\"\")\""), text);
        assertTrue(text.contains("\"" + first.hash() + "\""));

        List<LogbookEntry> back = LogbookCsv.read(new StringReader(text));
        assertEquals(List.of(first, second, third), back);
        assertTrue(LogbookVerifier.verify(back).intact());
    }

    @Test
    void anEditedExportFailsVerification() {
        LogbookEntry first = LogbookChain.next(null, new LogbookFields("s", Instant.parse("2026-09-05T01:00:00Z"),
                "gv01", "LOGIN", null, null, "203.0.113.7"));
        StringWriter csv = new StringWriter();
        LogbookCsv.write(List.of(first), csv);

        List<LogbookEntry> edited = LogbookCsv.read(new StringReader(csv.toString().replace("gv01", "gv02")));
        assertEquals(LogbookVerification.ChainBreak.ALTERED_CONTENT, LogbookVerifier.verify(edited).problem());
    }

    @Test
    void anotherLayoutIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LogbookCsv.read(new StringReader("a,b\n1,2\n")));
    }
}
