package vn.eschool.portal.audit.record;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.eschool.portal.audit.dashboard.AuditItems;
import vn.eschool.portal.audit.record.PdfPages.Align;
import vn.eschool.portal.audit.record.PdfPages.Column;
import vn.eschool.portal.audit.scoring.CriterionResult;
import vn.eschool.portal.audit.scoring.CriterionScore;
import vn.eschool.portal.audit.scoring.Finding;
import vn.eschool.portal.audit.scoring.Points;
import vn.eschool.portal.audit.scoring.SelfAssessmentResult;
import vn.eschool.portal.audit.scoring.StandardScore;
import vn.eschool.portal.audit.service.SchoolAuditReport;
import vn.eschool.portal.core.config.ClockProducer;

/**
 * The draft of an inspection record (biên bản kiểm tra) of one school's month, laid out as the schools' own
 * records are: the national motto, place and date, the title, the members, what was inspected, the result
 * per criterion and per teacher, the total and grade, and the signatures.
 *
 * @param place   the place written before the date ("Hà Nội")
 * @param date    the day of the record
 * @param members the inspection board (đại diện ban kiểm tra); the first one chairs it
 */
public record InspectionRecord(String place, LocalDate date, List<Member> members, SchoolAuditReport audit,
                               SelfAssessmentResult assessment, List<AuditItems.Item> redatedItems) {

    /** A record without items dated apart from their upload. */
    public InspectionRecord(String place, LocalDate date, List<Member> members, SchoolAuditReport audit,
                            SelfAssessmentResult assessment) {
        this(place, date, members, audit, assessment, List.of());
    }

    /**
     * Whether the record lists the item: it counts for another month than the one it was uploaded in, someone
     * uploaded it for its author, it came in a bulk import of history, or it arrived after the month's report was
     * stored.
     */
    public static boolean redated(AuditItems.Item item) {
        return item.uploadedBy() != null || item.lateAddition() || item.imported() || (item.uploadedAt() != null
                && !YearMonth.from(item.uploadedAt().atZoneSameInstant(ClockProducer.SCHOOL_ZONE))
                        .equals(YearMonth.from(item.countedOn().atZoneSameInstant(ClockProducer.SCHOOL_ZONE))));
    }

    /** The columns of an item whose dates the record prints. */
    static final List<String> ITEM_COLUMNS = List.of("Tiêu đề", "Ngày tính", "Tải lên lúc", "Người tải lên", "Ghi chú");

    /** The day an item counts for, when it arrived and who uploaded it (for its author, or after the report). */
    static List<String> itemCells(AuditItems.Item item) {
        return List.of(item.title(), DAY.format(item.countedOn().atZoneSameInstant(ClockProducer.SCHOOL_ZONE)),
                item.uploadedAt() == null ? "" : UPLOADED.format(item.uploadedAt().atZoneSameInstant(ClockProducer.SCHOOL_ZONE)),
                item.uploadedBy() == null ? (item.author() == null ? "" : item.author()) : item.uploadedBy() + " (thay " + item.author() + ")",
                Stream.of(item.imported() ? "Nhập dữ liệu lịch sử" : null, item.lateAddition() ? "Bổ sung sau báo cáo tháng" : null)
                        .filter(Objects::nonNull).collect(Collectors.joining("; ")));
    }

    /** A member of the inspection board. */
    public record Member(String name, String position) {
    }

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String TITLE = "BIÊN BẢN KIỂM TRA";
    static final String NOT_ENTERED = "Chưa nhập";
    static final String NOT_IN_SESSION = "Tháng không có ngày dạy học theo lịch năm học (không trong năm học): không chấm, không trừ điểm.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final float BODY = 10.5f;
    private static final float SMALL = 8.5f;

    public InspectionRecord {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        members = List.copyOf(members);
        if (!audit.ruleSet().equals(assessment.ruleSetId()) || !audit.month().equals(assessment.month())) {
            throw new IllegalArgumentException("The audit and the self-assessment must be of the same rule set and month");
        }
    }

    /** "Hà Nội, ngày 20 tháng 11 năm 2026". */
    public String placeAndDate() {
        return place + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }

    /** "tháng 11/2026". */
    public String monthText() {
        return "tháng " + audit.month().getMonthValue() + "/" + audit.month().getYear();
    }

    /** "Tổng điểm: 72,5/100". */
    public String totalText() {
        return "Tổng điểm: " + Points.vi(assessment.total()) + "/" + Points.vi(assessment.maxTotal());
    }

    public void write(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE + " – " + audit.schoolName() + " – " + monthText());
            info.setSubject("Triển khai thực hiện mô hình Trường học điện tử");
            try (PdfPages pages = new PdfPages(document)) {
                header(pages);
                members(pages);
                criteria(pages);
                teachers(pages);
                totals(pages);
                signatures(pages);
            }
            document.save(out);
        }
    }

    private void header(PdfPages pages) {
        pages.columns(List.of(
                        List.of(audit.schoolName().toUpperCase(Locale.forLanguageTag("vi-VN"))),
                        List.of(NATION, MOTTO)),
                List.of(true, true), 10);
        pages.space(8);
        pages.paragraph(placeAndDate(), pages.regular, BODY, Align.RIGHT);
        pages.space(10);
        pages.paragraph(TITLE, pages.bold, 14, Align.CENTER);
        pages.paragraph("(Dự thảo)", pages.regular, BODY, Align.CENTER);
        pages.paragraph("Về việc: Triển khai thực hiện mô hình Trường học điện tử " + monthText(), pages.bold, BODY, Align.CENTER);
        pages.space(8);
        pages.paragraph("Căn cứ " + audit.decision() + " (bộ tiêu chí " + audit.ruleSet() + ").", pages.regular, BODY, Align.LEFT);
        pages.paragraph("Hôm nay, ngày " + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear() + ", tại "
                + audit.schoolName() + ", Ban kiểm tra đã tiến hành kiểm tra việc triển khai thực hiện mô hình Trường học điện tử "
                + monthText() + ".", pages.regular, BODY, Align.LEFT);
    }

    private void members(PdfPages pages) {
        pages.space(6);
        pages.paragraph("Thành phần gồm có:", pages.regular, BODY, Align.LEFT);
        pages.paragraph("* Đại diện ban kiểm tra:", pages.bold, BODY, Align.LEFT);
        for (Member member : members) {
            pages.paragraph("- Đ/c " + member.name() + ", chức vụ: " + member.position(), pages.regular, BODY, Align.LEFT);
        }
        pages.paragraph("* Bộ phận (cá nhân) được kiểm tra:", pages.bold, BODY, Align.LEFT);
        pages.paragraph("- Cán bộ quản lý, giáo viên, nhân viên của " + audit.schoolName() + " (" + audit.teachers().size()
                + " giáo viên).", pages.regular, BODY, Align.LEFT);
        pages.space(6);
        pages.paragraph("I. NỘI DUNG KIỂM TRA:", pages.bold, BODY, Align.LEFT);
        pages.paragraph("- Kết quả thực hiện mô hình Trường học điện tử " + monthText() + " theo thang điểm "
                + Points.vi(assessment.maxTotal()) + " điểm: các tiêu chí do cổng thông tin đo và các tiêu chí nhà trường tự đánh giá.",
                pages.regular, BODY, Align.LEFT);
    }

    private void criteria(PdfPages pages) {
        pages.space(6);
        pages.paragraph("II. KẾT QUẢ KIỂM TRA:", pages.bold, BODY, Align.LEFT);
        pages.paragraph("1. Kết quả theo tiêu chí", pages.bold, BODY, Align.LEFT);
        if (!audit.inSession()) {
            pages.paragraph(NOT_IN_SESSION, pages.regular, BODY, Align.LEFT);
        }
        List<List<String>> rows = new ArrayList<>();
        for (StandardScore standard : assessment.standards()) {
            rows.add(List.of(standard.id(), standard.titleVi(), Points.vi(standard.maxPoints()), "",
                    Points.vi(standard.score()), standard.meetsMinimum() ? "" : "Chưa đạt trên 50% số điểm của tiêu chuẩn"));
            for (CriterionScore criterion : standard.criteria()) {
                rows.add(criterionRow(criterion));
            }
        }
        pages.table(List.of(new Column(9, Align.LEFT), new Column(33, Align.LEFT), new Column(7, Align.RIGHT),
                        new Column(7, Align.RIGHT), new Column(7, Align.RIGHT), new Column(37, Align.LEFT)),
                List.of("Tiêu chí", "Nội dung", "Điểm tối đa", "Điểm trừ", "Điểm đạt", "Tồn tại, minh chứng"), rows, SMALL);
        coverage(pages);
    }

    /** II.2.2 week by week: which class and subject had material in which school week of the month. */
    private void coverage(PdfPages pages) {
        CoverageGrid.of(audit).ifPresent(grid -> {
            pages.space(4);
            pages.paragraph("Học liệu theo lớp, môn và tuần dạy học (" + grid.criterion() + "; x: có học liệu trong tuần):",
                    pages.regular, BODY, Align.LEFT);
            List<Column> columns = new ArrayList<>(List.of(new Column(8, Align.LEFT), new Column(22, Align.LEFT),
                    new Column(10, Align.LEFT)));
            for (int week = 0; week < grid.weeks(); week++) {
                columns.add(new Column(60f / grid.weeks(), Align.CENTER));
            }
            pages.table(columns, grid.header(), grid.rows(), SMALL);
        });
    }

    private List<String> criterionRow(CriterionScore criterion) {
        String max = Points.vi(criterion.maxPoints());
        return switch (criterion.source()) {
            case PORTAL -> {
                CriterionResult measured = audit.criteria().stream().filter(c -> c.id().equals(criterion.id())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("The audit has no result for " + criterion.id()));
                yield List.of(criterion.id(), criterion.titleVi(), max, Points.vi(measured.deduction()),
                        Points.vi(measured.score()), messages(measured.findings()));
            }
            case SCHOOL -> List.of(criterion.id(), criterion.titleVi(), max,
                    Points.vi(criterion.maxPoints() - criterion.score()), Points.vi(criterion.score()), criterion.evidenceNote());
            case NOT_ENTERED -> List.of(criterion.id(), criterion.titleVi(), max, "", NOT_ENTERED, NOT_ENTERED);
        };
    }

    private void teachers(PdfPages pages) {
        pages.space(6);
        pages.paragraph("2. Kết quả theo giáo viên " + monthText(), pages.bold, BODY, Align.LEFT);
        List<List<String>> rows = audit.teachers().stream().map(teacher -> List.of(
                teacher.name() == null ? teacher.username() : teacher.name(),
                teacher.group() == null ? "" : teacher.group(),
                Integer.toString(teacher.lectures()), Integer.toString(teacher.lecturesWithSoftware()),
                Integer.toString(teacher.logins()), teacher.layer2Visits() == null ? "chưa đo" : teacher.layer2Visits().toString(),
                messages(teacher.findings()))).toList();
        if (rows.isEmpty()) {
            pages.paragraph(audit.inSession() ? "Nhà trường chưa có tài khoản giáo viên." : NOT_IN_SESSION,
                    pages.regular, BODY, Align.LEFT);
        } else {
            pages.table(List.of(new Column(24, Align.LEFT), new Column(13, Align.LEFT), new Column(8, Align.RIGHT),
                            new Column(10, Align.RIGHT), new Column(9, Align.RIGHT), new Column(8, Align.RIGHT), new Column(28, Align.LEFT)),
                    List.of("Họ và tên", "Tổ chuyên môn", "Bài giảng", "Phần mềm chuyên môn", "Đăng nhập", "Truy cập lớp 2", "Tồn tại"),
                    rows, SMALL);
        }
        leaves(pages);
        redated(pages);
    }

    /** Items whose day differs from their upload, or uploaded by someone else: both dates and the uploader. */
    private void redated(PdfPages pages) {
        if (redatedItems.isEmpty()) {
            return;
        }
        pages.space(4);
        pages.paragraph("Các mục tính cho tháng nhưng tải lên vào ngày khác, do người khác tải lên thay, hoặc bổ sung sau báo cáo tháng:",
                pages.regular, BODY, Align.LEFT);
        pages.table(List.of(new Column(34, Align.LEFT), new Column(14, Align.LEFT), new Column(18, Align.LEFT),
                        new Column(16, Align.LEFT), new Column(18, Align.LEFT)),
                ITEM_COLUMNS, redatedItems.stream().map(InspectionRecord::itemCells).toList(), SMALL);
    }

    /** The leaves of the month: whoever is away for more than half of its teaching days is not counted. */
    private void leaves(PdfPages pages) {
        if (audit.leaves().isEmpty()) {
            return;
        }
        pages.space(4);
        pages.paragraph("Nghỉ dài ngày trong tháng (người nghỉ quá nửa số ngày dạy học của tháng không tính là giáo viên của tháng):",
                pages.regular, BODY, Align.LEFT);
        pages.table(List.of(new Column(30, Align.LEFT), new Column(25, Align.LEFT), new Column(25, Align.LEFT), new Column(20, Align.LEFT)),
                List.of("Họ và tên", "Lý do", "Thời gian", "Trong tháng"),
                audit.leaves().stream().map(leave -> List.of(leave.name() + " (" + leave.username() + ")", leave.reasonVi(),
                        DAY.format(leave.firstDay()) + " – " + DAY.format(leave.lastDay()),
                        leave.exempt() ? "Không tính" : "Vẫn tính")).toList(), SMALL);
    }

    private void totals(PdfPages pages) {
        pages.space(6);
        pages.paragraph("3. Tổng hợp", pages.bold, BODY, Align.LEFT);
        pages.paragraph(totalText(), pages.bold, BODY, Align.LEFT);
        pages.paragraph("Xếp loại: " + assessment.gradeLabelVi(), pages.bold, BODY, Align.LEFT);
        for (StandardScore standard : assessment.standardsBelowMinimum()) {
            pages.paragraph("- " + standard.titleVi() + ": " + Points.vi(standard.score()) + "/" + Points.vi(standard.maxPoints())
                    + " điểm, chưa đạt trên 50% số điểm.", pages.regular, BODY, Align.LEFT);
        }
        if (!assessment.notEntered().isEmpty()) {
            pages.paragraph("Báo cáo chưa đầy đủ: nhà trường chưa tự đánh giá các tiêu chí " + String.join(", ", assessment.notEntered())
                            + " (chưa nhập, không tính 0 điểm; chưa xếp loại).",
                    pages.regular, BODY, Align.LEFT);
        }
        pages.space(6);
        pages.paragraph("III. Ý KIẾN CỦA BỘ PHẬN (CÁ NHÂN) ĐƯỢC KIỂM TRA:", pages.bold, BODY, Align.LEFT);
        pages.paragraph(".....", pages.regular, BODY, Align.LEFT);
        pages.paragraph("IV. Ý KIẾN CỦA TRƯỞNG BAN:", pages.bold, BODY, Align.LEFT);
        pages.paragraph(".....", pages.regular, BODY, Align.LEFT);
    }

    private void signatures(PdfPages pages) {
        pages.space(16);
        String chair = members.isEmpty() ? "" : members.get(0).name();
        String inspector = members.size() < 2 ? "" : members.get(members.size() - 1).name();
        pages.columns(List.of(
                        List.of("TRƯỞNG BAN", "(Ký, đóng dấu và ghi rõ họ tên)", "", "", "", chair),
                        List.of("BỘ PHẬN (CÁ NHÂN) ĐƯỢC KIỂM TRA", "(Ký và ghi rõ họ tên)"),
                        List.of("NGƯỜI KIỂM TRA", "(Ký và ghi rõ họ tên)", "", "", "", inspector)),
                List.of(true), 9);
    }

    private static String messages(List<Finding> findings) {
        return findings.stream().map(Finding::messageVi).collect(Collectors.joining("; "));
    }
}
