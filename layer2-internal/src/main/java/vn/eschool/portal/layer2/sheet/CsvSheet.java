package vn.eschool.portal.layer2.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.eschool.portal.core.rest.PortalException;

/**
 * A list saved as CSV: UTF-8 with or without the byte order mark Excel writes, separated by commas
 * or, as Excel does where the decimal separator is a comma (Vietnamese Windows), by semicolons.
 */
final class CsvSheet {

    private static final char[] DELIMITERS = {',', ';'};

    private CsvSheet() {
    }

    static <C extends Enum<C> & SheetColumn> List<SheetRow<C>> read(InputStream in, SheetLayout<C> layout) {
        String text = decode(in);
        SheetCollector<C> collector = new SheetCollector<>(layout);
        // Record numbers equal the rows Excel shows: blank lines count, a quoted line break does not.
        try (CSVParser parser = CSVParser.parse(text, format(delimiterOf(text, collector)))) {
            for (CSVRecord record : parser) {
                collector.row(Math.toIntExact(record.getRecordNumber()), cells(record));
            }
        } catch (IOException e) {
            throw unreadable(e);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
        return collector.rows();
    }

    private static PortalException unreadable(IOException cause) {
        return PortalException.badRequest("unreadable-file",
                "Không đọc được tệp CSV: " + cause.getMessage(),
                "The CSV file cannot be read: " + cause.getMessage());
    }

    /** The delimiter under which some row among the first few reads as the richest header. */
    private static char delimiterOf(String text, SheetCollector<?> collector) {
        char best = DELIMITERS[0];
        int bestColumns = 0;
        for (char delimiter : DELIMITERS) {
            int columns = headerColumns(text, delimiter, collector);
            if (columns > bestColumns) {
                best = delimiter;
                bestColumns = columns;
            }
        }
        return best;
    }

    private static int headerColumns(String text, char delimiter, SheetCollector<?> collector) {
        int most = 0;
        try (CSVParser parser = CSVParser.parse(text, format(delimiter))) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > SheetCollector.HEADER_SEARCH_ROWS) {
                    break;
                }
                most = Math.max(most, collector.recognise(cells(record)).size());
            }
        } catch (IOException | UncheckedIOException | PortalException e) {
            // Not this delimiter: the other one decides, and the real read reports what is wrong.
        }
        return most;
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    private static Map<Integer, String> cells(CSVRecord record) {
        Map<Integer, String> cells = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            cells.put(i, record.get(i));
        }
        return cells;
    }

    /** Strict UTF-8: a file saved in a legacy code page is refused rather than imported as mojibake. */
    private static String decode(InputStream in) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw PortalException.badRequest("not-utf8",
                    "Tệp CSV không ở dạng UTF-8. Trong Excel hãy chọn Lưu thành \"CSV UTF-8\".",
                    "The CSV file is not UTF-8. In Excel, save it as \"CSV UTF-8\".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
