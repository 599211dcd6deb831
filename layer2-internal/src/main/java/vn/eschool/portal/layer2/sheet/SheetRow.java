package vn.eschool.portal.layer2.sheet;

import java.util.Map;

/** One data row as read from the file: its row number as the spreadsheet shows it, and its cleaned cells. */
public record SheetRow<C>(int rowNumber, Map<C, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, "" when the column is absent or the cell empty. */
    public String get(C column) {
        return cells.getOrDefault(column, "");
    }
}
