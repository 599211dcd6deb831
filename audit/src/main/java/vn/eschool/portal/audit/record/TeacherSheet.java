package vn.eschool.portal.audit.record;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.eschool.portal.audit.dashboard.AuditItems;
import vn.eschool.portal.audit.scoring.CriterionResult;
import vn.eschool.portal.audit.scoring.Finding;
import vn.eschool.portal.audit.service.SchoolAuditReport;

/**
 * A school's audit as a workbook for the monthly report: the per-teacher table, the criteria, the learning-materials
 * coverage week by week, and the items of the month with the day each counts for, its upload and its uploader.
 */
public final class TeacherSheet {

    static final List<String> TEACHER_COLUMNS = List.of("Tài khoản", "Họ và tên", "Tổ chuyên môn", "Tin bài",
            "Bài giảng điện tử", "Bài giảng dùng phần mềm chuyên môn", "Lượt đăng nhập", "Lượt truy cập lớp 2", "Tồn tại");
    static final List<String> CRITERION_COLUMNS = List.of("Tiêu chí", "Nội dung", "Điểm tối đa", "Điểm trừ", "Điểm đạt", "Tồn tại");
    private static final String NOT_MEASURED = "chưa đo";

    private TeacherSheet() {
    }

    public static void write(SchoolAuditReport report, List<AuditItems.Item> items, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet teachers = workbook.createSheet("Giáo viên " + report.month());
            header(teachers, TEACHER_COLUMNS, bold);
            int r = 1;
            for (SchoolAuditReport.TeacherRow teacher : report.teachers()) {
                Row row = teachers.createRow(r++);
                text(row, 0, teacher.username());
                text(row, 1, teacher.name());
                text(row, 2, teacher.group());
                row.createCell(3).setCellValue(teacher.posts());
                row.createCell(4).setCellValue(teacher.lectures());
                row.createCell(5).setCellValue(teacher.lecturesWithSoftware());
                row.createCell(6).setCellValue(teacher.logins());
                if (teacher.layer2Visits() == null) {
                    text(row, 7, NOT_MEASURED);
                } else {
                    row.createCell(7).setCellValue(teacher.layer2Visits());
                }
                text(row, 8, messages(teacher.findings()));
            }

            Sheet criteria = workbook.createSheet("Tiêu chí");
            header(criteria, CRITERION_COLUMNS, bold);
            r = 1;
            for (CriterionResult criterion : report.criteria()) {
                Row row = criteria.createRow(r++);
                text(row, 0, criterion.id());
                text(row, 1, criterion.titleVi());
                row.createCell(2).setCellValue(criterion.maxPoints());
                row.createCell(3).setCellValue(criterion.deduction());
                row.createCell(4).setCellValue(criterion.score());
                text(row, 5, messages(criterion.findings()));
            }
            Row total = criteria.createRow(r);
            text(total, 1, "Tổng (" + report.ruleSet() + ")");
            total.createCell(2).setCellValue(report.maxTotal());
            total.createCell(4).setCellValue(report.totalScore());

            CoverageGrid.of(report).ifPresent(grid -> table(workbook.createSheet(grid.criterion() + " theo tuần"),
                    grid.header(), grid.rows(), bold));
            table(workbook.createSheet("Mục được tính"), InspectionRecord.ITEM_COLUMNS,
                    items.stream().map(InspectionRecord::itemCells).toList(), bold);
            workbook.write(out);
        }
    }

    private static void table(Sheet sheet, List<String> columns, List<List<String>> rows, CellStyle bold) {
        header(sheet, columns, bold);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                text(row, c, rows.get(r).get(c));
            }
        }
    }

    private static void header(Sheet sheet, List<String> columns, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value == null ? "" : value);
    }

    private static String messages(List<Finding> findings) {
        return findings.stream().map(Finding::messageVi).collect(Collectors.joining("; "));
    }
}
