package vn.eschool.portal.layer2.staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.text.VietnameseText;

/**
 * Turns the rows of a sheet, whatever the file format, into {@link StaffRow}s: finds the header row among
 * the first few (lists often open with the school's name and a title), skips blank rows, and stops the
 * read as soon as the file holds more rows than allowed.
 */
final class StaffSheetCollector {

    static final int HEADER_SEARCH_ROWS = 10;

    private final int maxRows;
    private final List<StaffRow> rows = new ArrayList<>();
    private Map<Integer, StaffColumn> columns;
    private int rowsBeforeHeader;

    StaffSheetCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The columns a header row names, by cell index; empty unless it names the full-name column. */
    static Map<Integer, StaffColumn> recognise(Map<Integer, String> cells) {
        Map<Integer, StaffColumn> found = new HashMap<>();
        Map<StaffColumn, Integer> seen = new EnumMap<>(StaffColumn.class);
        cells.forEach((index, text) -> {
            Optional<StaffColumn> column = StaffColumn.ofHeader(text);
            if (column.isPresent()) {
                Integer other = seen.put(column.get(), index);
                if (other != null) {
                    throw PortalException.badRequest("duplicate-column",
                            "Cột \"" + column.get().labelVi() + "\" xuất hiện hai lần trong dòng tiêu đề.",
                            "The column \"" + column.get().labelEn() + "\" appears twice in the header row.");
                }
                found.put(index, column.get());
            }
        });
        return seen.containsKey(StaffColumn.FULL_NAME) ? found : Map.of();
    }

    /** Accepts one row: cell index (0-based) to raw text, row number 1-based. */
    void row(int rowNumber, Map<Integer, String> cells) {
        if (columns == null) {
            findHeader(cells);
            return;
        }
        Map<StaffColumn, String> values = new EnumMap<>(StaffColumn.class);
        cells.forEach((index, text) -> {
            StaffColumn column = columns.get(index);
            String cleaned = VietnameseText.clean(text);
            if (column != null && !cleaned.isEmpty()) {
                values.put(column, cleaned);
            }
        });
        if (values.isEmpty()) {
            return;
        }
        if (rows.size() == maxRows) {
            throw PortalException.badRequest("too-many-rows",
                    "Tệp có quá nhiều dòng: tối đa " + maxRows + " người mỗi lần nhập.",
                    "The file has too many rows: at most " + maxRows + " people per import.");
        }
        rows.add(new StaffRow(rowNumber, values));
    }

    List<StaffRow> rows() {
        if (columns == null) {
            throw noHeader();
        }
        if (rows.isEmpty()) {
            throw PortalException.badRequest("no-rows", "Tệp không có dòng dữ liệu nào.", "The file has no data rows.");
        }
        return List.copyOf(rows);
    }

    private void findHeader(Map<Integer, String> cells) {
        Map<Integer, StaffColumn> recognised = recognise(cells);
        if (!recognised.isEmpty()) {
            columns = recognised;
        } else if (++rowsBeforeHeader >= HEADER_SEARCH_ROWS) {
            throw noHeader();
        }
    }

    private static PortalException noHeader() {
        return PortalException.badRequest("no-header",
                "Không tìm thấy dòng tiêu đề có cột \"Họ và tên\" trong " + HEADER_SEARCH_ROWS + " dòng đầu.",
                "No header row with a \"Họ và tên\" (full name) column in the first " + HEADER_SEARCH_ROWS + " rows.");
    }
}
