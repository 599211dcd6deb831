package vn.eschool.portal.layer2.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.text.VietnameseText;

/**
 * Turns the rows of a sheet, whatever the file format, into {@link SheetRow}s: finds the header row among
 * the first few (lists often open with the school's name and a title), skips blank rows, and stops the
 * read as soon as the file holds more rows than allowed.
 */
final class SheetCollector<C extends Enum<C> & SheetColumn> {

    static final int HEADER_SEARCH_ROWS = 10;

    private final SheetLayout<C> layout;
    private final List<SheetRow<C>> rows = new ArrayList<>();
    private Map<Integer, C> columns;
    private int rowsBeforeHeader;

    SheetCollector(SheetLayout<C> layout) {
        this.layout = layout;
    }

    /** The columns a header row names, by cell index; empty unless it names the layout's header column. */
    Map<Integer, C> recognise(Map<Integer, String> cells) {
        Map<Integer, C> found = new HashMap<>();
        Map<C, Integer> seen = new EnumMap<>(layout.columns());
        cells.forEach((index, text) -> {
            Optional<C> column = layout.ofHeader(text);
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
        return seen.containsKey(layout.headerColumn()) ? found : Map.of();
    }

    /** Accepts one row: cell index (0-based) to raw text, row number 1-based. */
    void row(int rowNumber, Map<Integer, String> cells) {
        if (columns == null) {
            findHeader(cells);
            return;
        }
        Map<C, String> values = new EnumMap<>(layout.columns());
        cells.forEach((index, text) -> {
            C column = columns.get(index);
            String cleaned = VietnameseText.clean(text);
            if (column != null && !cleaned.isEmpty()) {
                values.put(column, cleaned);
            }
        });
        if (values.isEmpty()) {
            return;
        }
        if (rows.size() == layout.maxRows()) {
            throw PortalException.badRequest("too-many-rows",
                    "Tệp có quá nhiều dòng: tối đa " + layout.maxRows() + " dòng mỗi lần nhập.",
                    "The file has too many rows: at most " + layout.maxRows() + " rows per import.");
        }
        rows.add(new SheetRow<>(rowNumber, values));
    }

    List<SheetRow<C>> rows() {
        if (columns == null) {
            throw noHeader();
        }
        if (rows.isEmpty()) {
            throw PortalException.badRequest("no-rows", "Tệp không có dòng dữ liệu nào.", "The file has no data rows.");
        }
        return List.copyOf(rows);
    }

    private void findHeader(Map<Integer, String> cells) {
        Map<Integer, C> recognised = recognise(cells);
        if (!recognised.isEmpty()) {
            columns = recognised;
        } else if (++rowsBeforeHeader >= HEADER_SEARCH_ROWS) {
            throw noHeader();
        }
    }

    private PortalException noHeader() {
        C column = layout.headerColumn();
        return PortalException.badRequest("no-header",
                "Không tìm thấy dòng tiêu đề có cột \"" + column.labelVi() + "\" trong " + HEADER_SEARCH_ROWS + " dòng đầu.",
                "No header row with a \"" + column.labelVi() + "\" (" + column.labelEn() + ") column in the first "
                        + HEADER_SEARCH_ROWS + " rows.");
    }
}
