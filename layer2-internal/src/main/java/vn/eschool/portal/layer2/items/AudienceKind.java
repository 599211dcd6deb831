package vn.eschool.portal.layer2.items;

/** Who an internal item is for: all staff of the school, one professional group, or named people. */
public enum AudienceKind {
    ALL("Toàn trường"), GROUP("Tổ chuyên môn"), PEOPLE("Người được chọn");

    private final String labelVi;

    AudienceKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
