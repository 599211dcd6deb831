package vn.eschool.portal.layer2.staff;

/**
 * Why a row cannot be imported, shown next to the row: the spreadsheet row number, the column
 * ({@code null} for the row as a whole), a stable code and the message in Vietnamese and English.
 */
public record RowError(int row, StaffColumn column, String code, String messageVi, String messageEn) {
}
