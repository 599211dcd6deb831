package vn.eschool.portal.audit.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.audit.dashboard.AuditItems;
import vn.eschool.portal.audit.rules.Criterion;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.rules.RuleSetCatalog;
import vn.eschool.portal.audit.scoring.AuditResult;
import vn.eschool.portal.audit.scoring.ClassSubjectCoverage;
import vn.eschool.portal.audit.scoring.CriterionResult;
import vn.eschool.portal.audit.scoring.Finding;
import vn.eschool.portal.audit.scoring.SchoolEntry;
import vn.eschool.portal.audit.scoring.SelfAssessment;
import vn.eschool.portal.audit.scoring.SelfAssessmentResult;
import vn.eschool.portal.audit.scoring.SubjectKind;
import vn.eschool.portal.audit.service.SchoolAuditReport;

class InspectionRecordTest {

    private static final RuleSet RULES = RuleSetCatalog.bundled().get("8265-2021");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    /** Typed decomposed (as some keyboards send it): the record must still read back in NFC. */
    private static final String COMMENT_NFD = Normalizer.normalize("Đã tập huấn 28/30 giáo viên",
            Normalizer.Form.NFD);

    /** Every measured criterion at full marks but II.2.1 (two points off); every entry full but I.2.1 (7,5 of 10). */
    private static InspectionRecord record() {
        Finding short1 = new Finding(SubjectKind.TEACHER, "gv07", "Có 2/3 bài giảng điện tử trong tháng", "II.2.1", true);
        List<CriterionResult> measured = RULES.measuredCriteria().stream().map(c -> c.id().equals("II.2.1")
                ? new CriterionResult(c.id(), c.titleVi(), c.maxPoints(), 2, c.maxPoints() - 2, List.of(short1))
                : new CriterionResult(c.id(), c.titleVi(), c.maxPoints(), 0, c.maxPoints(), List.of())).toList();
        double measuredTotal = measured.stream().mapToDouble(CriterionResult::score).sum();
        double measuredMax = RULES.measuredCriteria().stream().mapToDouble(Criterion::maxPoints).sum();
        AuditResult audit = new AuditResult(RULES.id(), NOVEMBER, measured, measuredTotal, measuredMax);
        Map<String, SchoolEntry> entries = new HashMap<>();
        RULES.leaves().filter(c -> !c.measuredByPortal())
                .forEach(c -> entries.put(c.id(), new SchoolEntry(c.maxPoints(), "Hồ sơ đầy đủ")));
        entries.put("I.2.1", new SchoolEntry(7.5, COMMENT_NFD));
        SelfAssessmentResult assessment = SelfAssessment.evaluate(RULES, audit, entries);
        SchoolAuditReport report = new SchoolAuditReport("thcs-sonca", "Trường THCS Sơn Ca", NOVEMBER, RULES.id(), RULES.decision(),
                List.of(new SchoolAuditReport.TeacherRow("gv07", "Nguyễn Thị Hường", "Tổ Ngữ văn", 4, 2, 2, 9, 12, List.of(short1)),
                        new SchoolAuditReport.TeacherRow("gv08", "Đặng Quốc Việt", "Tổ Toán – Tin", 1, 3, 3, 5, 7, List.of())),
                measured, measuredTotal, measuredMax, Set.of());
        return new InspectionRecord("Hà Nội", LocalDate.of(2026, 11, 20),
                List.of(new InspectionRecord.Member("Trần Thị Hiếu", "Hiệu trưởng – Trưởng ban"),
                        new InspectionRecord.Member("Lê Văn Khải", "Thanh tra Phòng GD&ĐT")), report, assessment);
    }

    private static byte[] pdf(InspectionRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        record.write(out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static String line(String text, String start) {
        return Arrays.stream(text.split("\\R")).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No line starts with " + start + " in:\n" + text));
    }

    @Test
    void theVietnameseTextReadsBackExactlyInNfc() throws IOException {
        String text = text(pdf(record()));

        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "extracted text is NFC");
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "TRƯỜNG THCS SƠN CA", "Hà Nội, ngày 20 tháng 11 năm 2026", "BIÊN BẢN KIỂM TRA",
                "Về việc: Triển khai thực hiện mô hình Trường học điện tử tháng 11/2026",
                "- Đ/c Trần Thị Hiếu, chức vụ: Hiệu trưởng – Trưởng ban", "- Đ/c Lê Văn Khải, chức vụ: Thanh tra Phòng GD&ĐT",
                "Nguyễn Thị Hường", "Đặng Quốc Việt", "Có 2/3 bài giảng điện tử trong tháng",
                "Tổng điểm: 95,5/100", "Xếp loại: Đạt mô hình trường học điện tử - Loại A",
                "TRƯỞNG BAN", "NGƯỜI KIỂM TRA", "(Ký, đóng dấu và ghi rõ họ tên)")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
        assertTrue(text.contains(Normalizer.normalize(COMMENT_NFD, Normalizer.Form.NFC)), "the NFD comment reads back composed");
    }

    @Test
    void eachCriterionRowHasItsMaximumDeductionAndScore() throws IOException {
        String text = text(pdf(record()));

        assertTrue(line(text, "I.2.1 ").contains(" 10 2,5 7,5 "), line(text, "I.2.1 "));
        assertTrue(line(text, "II.2.1 ").contains(" 2 "), line(text, "II.2.1 "));
        assertTrue(line(text, "II ").contains(" 40 "), "standard II is worth 40: " + line(text, "II "));
        assertTrue(line(text, "Nguyễn Thị Hường ").contains(" 2 2 9 12 "), line(text, "Nguyễn Thị Hường "));
    }

    @Test
    void theFontsAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(record()))) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans.*"), font.getName());
                assertTrue(font.isEmbedded(), font.getName());
            }
            assertTrue(document.getNumberOfPages() >= 2, "criteria and teachers spill onto a second page");
            assertEquals("BIÊN BẢN KIỂM TRA – Trường THCS Sơn Ca – tháng 11/2026", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aCriterionTheSchoolHasNotEnteredSaysSo() throws IOException {
        InspectionRecord full = record();
        Map<String, SchoolEntry> none = Map.of();
        AuditResult audit = new AuditResult(RULES.id(), NOVEMBER, full.audit().criteria(), full.audit().totalScore(),
                full.audit().maxTotal());
        InspectionRecord empty = new InspectionRecord("Hà Nội", LocalDate.of(2026, 11, 20), full.members(), full.audit(),
                SelfAssessment.evaluate(RULES, audit, none));

        String text = text(pdf(empty));

        assertTrue(line(text, "III.3.3 ").contains(InspectionRecord.NOT_ENTERED), line(text, "III.3.3 "));
        assertTrue(text.contains("Xếp loại: Chưa đủ dữ liệu để xếp loại"), text);
        assertTrue(text.contains("Báo cáo chưa đầy đủ"), text);
    }

    @Test
    void aCellLongerThanAPageIsCutSoThatItsRowFitsOnOnePage() throws IOException {
        try (PDDocument document = new PDDocument(); PdfPages pages = new PdfPages(document)) {
            String manyFindings = String.join("; ", java.util.Collections.nCopies(400, "Chưa có học liệu môn Toán lớp 6A1"));
            List<String> lines = PdfPages.cellLines(manyFindings, pages.regular, 8.5f, 180);
            assertEquals(PdfPages.MAX_CELL_LINES, lines.size());
            assertEquals("…", lines.get(lines.size() - 1));
            assertEquals(List.of("Chưa có học liệu môn Toán lớp 6A1"), PdfPages.cellLines("Chưa có học liệu môn Toán lớp 6A1",
                    pages.regular, 8.5f, 180));
        }
    }

    @Test
    void theRecordPrintsTheMonthsLeavesAndAMonthNotInSession() throws IOException {
        InspectionRecord full = record();
        SchoolAuditReport a = full.audit();
        SchoolAuditReport withLeave = new SchoolAuditReport(a.school(), a.schoolName(), a.month(), a.ruleSet(), a.decision(),
                a.teachers(), a.criteria(), a.totalScore(), a.maxTotal(), a.notMeasured(), true,
                List.of(new SchoolAuditReport.LeaveLine("gv30", "Phạm Thị Hoa", LocalDate.of(2026, 10, 1),
                        LocalDate.of(2027, 3, 31), "Nghỉ thai sản", true)));
        String text = text(pdf(new InspectionRecord("Hà Nội", LocalDate.of(2026, 11, 20), full.members(), withLeave,
                full.assessment())));
        assertTrue(line(text, "Phạm Thị Hoa").contains("Nghỉ thai sản"), text);
        assertTrue(line(text, "Phạm Thị Hoa").contains("01/10/2026 – 31/03/2027"), line(text, "Phạm Thị Hoa"));
        assertTrue(line(text, "Phạm Thị Hoa").contains("Không tính"), line(text, "Phạm Thị Hoa"));

        SchoolAuditReport summer = new SchoolAuditReport(a.school(), a.schoolName(), a.month(), a.ruleSet(), a.decision(),
                List.of(), a.criteria(), a.totalScore(), a.maxTotal(), Set.of(), false, List.of());
        String summerText = text(pdf(new InspectionRecord("Hà Nội", LocalDate.of(2026, 11, 20), full.members(), summer,
                full.assessment())));
        assertTrue(summerText.contains("không trong năm học"), summerText);
    }

    /** An admin's upload for a teacher, counted in October, uploaded in November: both dates and the uploader. */
    @Test
    void theRecordPrintsBothDatesOfAnItemUploadedOnATeachersBehalf() throws IOException {
        InspectionRecord full = record();
        java.time.OffsetDateTime counted = java.time.OffsetDateTime.parse("2026-10-30T08:00+07:00");
        java.time.OffsetDateTime uploaded = java.time.OffsetDateTime.parse("2026-11-03T09:15+07:00");
        AuditItems.Item onBehalf = new AuditItems.Item(7, "LECTURE", "Bài giảng điện tử", null, "Phân số nộp qua USB",
                counted, uploaded, "gv07", "hieutruong", false, false, "/x");
        AuditItems.Item own = new AuditItems.Item(8, "LECTURE", "Bài giảng điện tử", null, "Bài tự tải", counted,
                counted, "gv08", null, false, false, "/y");
        assertTrue(InspectionRecord.redated(onBehalf));
        assertFalse(InspectionRecord.redated(own), "uploaded by its author in the month it counts for");
        assertTrue(InspectionRecord.redated(new AuditItems.Item(9, "LECTURE", "Bài giảng điện tử", null, "Bài nhập", counted,
                counted, "gv08", null, false, true, "/z")), "a bulk import of history is always listed");

        String text = text(pdf(new InspectionRecord("Hà Nội", LocalDate.of(2026, 11, 20), full.members(), full.audit(),
                full.assessment(), List.of(onBehalf))));
        String line = line(text, "Phân số nộp qua USB");
        assertTrue(line.contains("30/10/2026") && line.contains("03/11/2026 09:15") && line.contains("hieutruong (thay"), line);
        assertTrue(text.contains("gv07)"), "the author, on the cell's next line");
    }

    /** II.2.2 week by week: one row per class and subject, one column per school week, covered or not. */
    @Test
    void theRecordPrintsTheClassSubjectCoverageWeekByWeek() throws IOException {
        InspectionRecord full = record();
        SchoolAuditReport a = full.audit();
        List<CriterionResult> criteria = a.criteria().stream().map(c -> !c.id().equals("II.2.2") ? c
                : new CriterionResult(c.id(), c.titleVi(), c.maxPoints(), 2, c.maxPoints() - 2, List.of(), null, List.of(
                        new ClassSubjectCoverage("6A", "Toán", true, List.of(new ClassSubjectCoverage.Week(10, true),
                                new ClassSubjectCoverage.Week(11, false))),
                        new ClassSubjectCoverage("6B", "Ngữ văn", false, List.of(new ClassSubjectCoverage.Week(10, false),
                                new ClassSubjectCoverage.Week(11, false)))))).toList();
        SchoolAuditReport withCoverage = new SchoolAuditReport(a.school(), a.schoolName(), a.month(), a.ruleSet(),
                a.decision(), a.teachers(), criteria, a.totalScore(), a.maxTotal(), a.notMeasured(), true, List.of());

        String text = text(pdf(new InspectionRecord("Hà Nội", LocalDate.of(2026, 11, 20), full.members(), withCoverage,
                full.assessment())));

        assertTrue(text.contains("Tuần 10") && text.contains("Tuần 11"), text);
        assertEquals("6A Toán có x –", line(text, "6A Toán").strip(), text);
        assertEquals("6B Ngữ văn chưa có – –", line(text, "6B Ngữ văn").strip(), text);
    }
}
