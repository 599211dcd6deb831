package vn.eschool.portal.layer2.folder;

/** A folder for internal news and documents, or a professional group's lesson repository (kho bài giảng). */
public enum FolderKind {
    GENERAL("Ngăn thư mục"), LESSONS("Kho tư liệu bài giảng");

    private final String labelVi;

    FolderKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
