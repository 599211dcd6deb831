package vn.eschool.portal.core.logbook;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import vn.eschool.portal.core.config.ClockProducer;

/**
 * The logbook as CSV with each entry's hashes, for inspectors (opened in Excel) and for checking a copy
 * away from the portal ({@link #read} then {@link LogbookVerifier#verify}). Written so that reading it
 * back gives the very same entries:
 * <ul>
 * <li>UTF-8 with a byte order mark, or Excel shows Vietnamese as mojibake;</li>
 * <li>a missing value is an empty field, an empty text is {@code ""};</li>
 * <li>a text starting with = + - @ tab, carriage return or ' gets a leading ' so that Excel does not run
 *     it as a formula (CSV injection through an article title, say); reading removes exactly one.</li>
 * <li>times in Vietnam's offset with microseconds, readable and exact.</li>
 * </ul>
 */
public final class LogbookCsv {

    public static final List<String> HEADER = List.of(
            "sequence", "school", "time", "actor", "action", "target", "details", "ip", "previous_hash", "hash");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ClockProducer.SCHOOL_ZONE);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setNullString("")
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .get();

    private LogbookCsv() {
    }

    public static void write(Iterable<LogbookEntry> entries, Writer out) {
        try {
            out.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(HEADER);
            for (LogbookEntry entry : entries) {
                LogbookFields fields = entry.fields();
                printer.printRecord(Long.toString(entry.sequence()), text(fields.schoolCode()),
                        TIME.format(fields.time()), text(fields.actor()), text(fields.action()),
                        text(fields.target()), text(fields.details()), text(fields.ip()),
                        entry.previousHash(), entry.hash());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what {@link #write} wrote; a file in another layout fails with IllegalArgumentException. */
    public static List<LogbookEntry> read(Reader in) {
        try (CSVParser parser = CSVParser.parse(skipByteOrderMark(in), FORMAT)) {
            List<LogbookEntry> entries = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    if (!HEADER.equals(record.toList())) {
                        throw new IllegalArgumentException("Not a logbook export: header " + record.toList());
                    }
                    continue;
                }
                if (record.size() != HEADER.size()) {
                    throw new IllegalArgumentException("Record " + record.getRecordNumber() + " has "
                            + record.size() + " fields instead of " + HEADER.size());
                }
                LogbookFields fields = new LogbookFields(untext(record.get(1)),
                        OffsetDateTime.parse(record.get(2)).toInstant(), untext(record.get(3)),
                        untext(record.get(4)), untext(record.get(5)), untext(record.get(6)), untext(record.get(7)));
                entries.add(new LogbookEntry(Long.parseLong(record.get(0)), fields, record.get(8), record.get(9)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r'".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String untext(String value) {
        return value != null && value.startsWith("'") ? value.substring(1) : value;
    }

    private static Reader skipByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }
}
