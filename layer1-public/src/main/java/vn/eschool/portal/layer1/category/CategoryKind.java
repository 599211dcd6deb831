package vn.eschool.portal.layer1.category;

/** What a category holds; the audit looks for each prescribed kind on the public site. */
public enum CategoryKind {
    NEWS("Tin bài"), DISCLOSURE("Công khai"), DIRECTIVE("Văn bản chỉ đạo"), ELEARNING("Học liệu điện tử"),
    OTHER("Khác");

    private final String labelVi;

    CategoryKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
