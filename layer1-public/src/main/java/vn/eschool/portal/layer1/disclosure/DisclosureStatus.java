package vn.eschool.portal.layer1.disclosure;

/** Where a required item stands on a given day. */
public enum DisclosureStatus {
    /** Nothing published yet, and the deadline has not passed. */
    MISSING("Chưa công khai", "Not published yet"),
    /** The latest version was published in time. */
    PUBLISHED("Đã công khai", "Published"),
    /** Nothing published and the deadline has passed. */
    OVERDUE("Quá hạn", "Overdue"),
    /** The latest version came after its deadline: the yearly one, or 10 working days after a change. */
    UPDATED_LATE("Công khai, cập nhật muộn", "Published or updated late");

    private final String labelVi;
    private final String labelEn;

    DisclosureStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
