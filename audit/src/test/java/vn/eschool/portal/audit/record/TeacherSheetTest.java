package vn.eschool.portal.audit.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.audit.dashboard.AuditItems;
import vn.eschool.portal.audit.scoring.ClassSubjectCoverage;
import vn.eschool.portal.audit.scoring.CriterionResult;
import vn.eschool.portal.audit.scoring.Finding;
import vn.eschool.portal.audit.scoring.Signal;
import vn.eschool.portal.audit.scoring.SubjectKind;
import vn.eschool.portal.audit.service.SchoolAuditReport;

class TeacherSheetTest {

    @Test
    void oneRowPerTeacherAndOnePerCriterionWithUnmeasuredVisitsSaidInWords() throws IOException {
        Finding short2 = new Finding(SubjectKind.TEACHER, "gv01", "Có 2/3 bài giảng điện tử", "II.2.1: ...", true);
        SchoolAuditReport report = new SchoolAuditReport("thcs-a", "Trường THCS A", YearMonth.of(2026, 11), "8265-2021",
                "Quyết định 8265", List.of(new SchoolAuditReport.TeacherRow("gv01", "Nguyễn Văn An", "Tổ Toán", 1, 2, 2, 5,
                        null, List.of(short2))),
                List.of(new CriterionResult("II.2.1", "Bài giảng", 5, 2, 3, List.of(short2))), 3, 5, Set.of(Signal.LAYER2_VISITS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TeacherSheet.write(report, List.of(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row teacher = workbook.getSheetAt(0).getRow(1);
            assertEquals(TeacherSheet.TEACHER_COLUMNS.size(), workbook.getSheetAt(0).getRow(0).getLastCellNum());
            assertEquals("Nguyễn Văn An", teacher.getCell(1).getStringCellValue());
            assertEquals(2, teacher.getCell(5).getNumericCellValue());
            assertEquals("chưa đo", teacher.getCell(7).getStringCellValue());
            assertEquals("Có 2/3 bài giảng điện tử", teacher.getCell(8).getStringCellValue());
            Row criterion = workbook.getSheet("Tiêu chí").getRow(1);
            assertEquals("II.2.1", criterion.getCell(0).getStringCellValue());
            assertEquals(3, criterion.getCell(4).getNumericCellValue());
            assertEquals(3, workbook.getSheet("Tiêu chí").getRow(2).getCell(4).getNumericCellValue());
        }
    }

    /** The II.2.2 coverage, pairs × weeks, and the items of the month with the day they count for, their upload and uploader. */
    @Test
    void theWorkbookHasTheCoverageWeekByWeekAndEveryItemsDates() throws IOException {
        CriterionResult materials = new CriterionResult("II.2.2", "Học liệu", 5, 2, 3, List.of(), null, List.of(
                new ClassSubjectCoverage("6A", "Toán", true, List.of(new ClassSubjectCoverage.Week(10, true),
                        new ClassSubjectCoverage.Week(11, false)))));
        SchoolAuditReport report = new SchoolAuditReport("thcs-a", "Trường THCS A", YearMonth.of(2026, 11), "8265-2021",
                "Quyết định 8265", List.of(), List.of(materials), 3, 5, Set.of());
        AuditItems.Item onBehalf = new AuditItems.Item(7, "LECTURE", "Bài giảng điện tử", null, "Phân số nộp qua USB",
                OffsetDateTime.parse("2026-10-30T08:00+07:00"), OffsetDateTime.parse("2026-11-03T09:15+07:00"), "gv07",
                "hieutruong", true, true, "/x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TeacherSheet.write(report, List.of(onBehalf), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet coverage = workbook.getSheet("II.2.2 theo tuần");
            assertEquals(List.of("Lớp", "Môn", "Có học liệu", "Tuần 10", "Tuần 11"), cells(coverage.getRow(0)));
            assertEquals(List.of("6A", "Toán", "có", "x", "–"), cells(coverage.getRow(1)));
            Sheet items = workbook.getSheet("Mục được tính");
            assertEquals(List.of("Tiêu đề", "Ngày tính", "Tải lên lúc", "Người tải lên", "Ghi chú"), cells(items.getRow(0)));
            assertEquals(List.of("Phân số nộp qua USB", "30/10/2026", "03/11/2026 09:15", "hieutruong (thay gv07)",
                    "Nhập dữ liệu lịch sử; Bổ sung sau báo cáo tháng"), cells(items.getRow(1)));
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
