package vn.eschool.portal.layer2.sheet;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import vn.eschool.portal.core.rest.PortalException;

/** The file formats an imported list is accepted in. The old binary .xls is not: schools re-save it as .xlsx. */
public enum SheetFormat {
    XLSX,
    CSV;

    public static SheetFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        throw PortalException.badRequest("unsupported-file",
                "Chỉ nhận tệp .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel và lưu lại thành .xlsx).",
                "Only .xlsx or .csv files are accepted (for an old .xls file, re-save it as .xlsx in Excel).");
    }

    public <C extends Enum<C> & SheetColumn> List<SheetRow<C>> read(InputStream in, SheetLayout<C> layout) {
        return this == XLSX ? XlsxSheet.read(in, layout) : CsvSheet.read(in, layout);
    }
}
