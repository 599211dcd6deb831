package vn.eschool.portal.audit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.audit.scoring.CriterionResult;
import vn.eschool.portal.audit.scoring.Finding;
import vn.eschool.portal.audit.scoring.Signal;
import vn.eschool.portal.audit.scoring.SubjectKind;

class TeacherSheetTest {

    @Test
    void oneRowPerTeacherAndOnePerCriterionWithUnmeasuredVisitsSaidInWords() throws IOException {
        Finding short2 = new Finding(SubjectKind.TEACHER, "gv01", "Có 2/3 bài giảng điện tử", "II.2.1: ...", true);
        SchoolAuditReport report = new SchoolAuditReport("thcs-a", "Trường THCS A", YearMonth.of(2026, 11), "8265-2021",
                "Quyết định 8265", List.of(new SchoolAuditReport.TeacherRow("gv01", "Nguyễn Văn An", "Tổ Toán", 1, 2, 2, 5,
                        null, List.of(short2))),
                List.of(new CriterionResult("II.2.1", "Bài giảng", 5, 2, 3, List.of(short2))), 3, 5, Set.of(Signal.LAYER2_VISITS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TeacherSheet.write(report, out);

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
}
