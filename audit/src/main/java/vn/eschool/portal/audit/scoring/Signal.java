package vn.eschool.portal.audit.scoring;

/**
 * Data the engine may be given without: when nothing in the portal measures it, the criterion reports it as not
 * measured (a finding that deducts nothing) instead of scoring it as zero.
 */
public enum Signal {
    LAYER1_SECTIONS("thời điểm cập nhật các mục của trang thông tin (lớp 1)"),
    LAYER2_VISITS("lượt truy cập lớp 2 của từng giáo viên"),
    LAYER2_FOLDERS("các ngăn thư mục lớp 2"),
    LESSON_REPOSITORIES("kho tư liệu bài giảng của các tổ"),
    SEMESTER_PROGRAMS("số phần mềm đặc thù dùng trong bài giảng của học kỳ"),
    /** The school has not declared its classes and teaching assignments for the year: II.2.2 has no required pairs. */
    TEACHING_PLAN("kế hoạch dạy học (lớp, phân công chuyên môn) của năm học");

    private final String labelVi;

    Signal(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
