package vn.eschool.portal.layer2.lessons;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import vn.eschool.portal.layer2.sheet.SheetFormat;
import vn.eschool.portal.layer2.sheet.SheetLayout;

/**
 * A list of historical e-lectures (XLSX or CSV), one line a file sent beside it: each line becomes the upload an
 * admin would make for the teacher, with the day it counts for. Pure.
 */
public final class LectureHistory {

    static final int MAX_ROWS = 2000;
    static final SheetLayout<HistoryColumn> LAYOUT = new SheetLayout<>(HistoryColumn.class, HistoryColumn.FILE, MAX_ROWS);

    /** One line: its spreadsheet row, the file it names, and the lecture request it makes. */
    public record Line(int row, String file, LectureRequest request) {
    }

    private LectureHistory() {
    }

    public static List<Line> read(InputStream in, SheetFormat format) {
        return format.read(in, LAYOUT).stream().map(row -> new Line(row.rowNumber(), row.get(HistoryColumn.FILE),
                new LectureRequest(blankToNull(row.get(HistoryColumn.TITLE)), blankToNull(row.get(HistoryColumn.SUBJECT)),
                        grade(row.get(HistoryColumn.GRADE)), blankToNull(row.get(HistoryColumn.CLASS)), null,
                        Arrays.stream(row.get(HistoryColumn.SOFTWARE).split(",")).map(String::strip)
                                .filter(name -> !name.isEmpty()).toList(),
                        blankToNull(row.get(HistoryColumn.AUTHOR)), blankToNull(row.get(HistoryColumn.COUNTED_ON)))))
                .toList();
    }

    private static Integer grade(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
