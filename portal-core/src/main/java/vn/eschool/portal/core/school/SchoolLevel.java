package vn.eschool.portal.core.school;

/** Education level of a school: kindergarten, primary, lower secondary. */
public enum SchoolLevel {
    MN("Mầm non", "Kindergarten"),
    TH("Tiểu học", "Primary school"),
    THCS("Trung học cơ sở", "Lower secondary school");

    private final String labelVi;
    private final String labelEn;

    SchoolLevel(String labelVi, String labelEn) {
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
