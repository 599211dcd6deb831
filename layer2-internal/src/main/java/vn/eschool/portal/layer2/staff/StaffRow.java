package vn.eschool.portal.layer2.staff;

import java.util.Map;

/** One data row as read from the file: its row number as the spreadsheet shows it, and its cleaned cells. */
record StaffRow(int rowNumber, Map<StaffColumn, String> cells) {

    StaffRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, "" when the column is absent or the cell empty. */
    String get(StaffColumn column) {
        return cells.getOrDefault(column, "");
    }
}
