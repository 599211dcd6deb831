package vn.eschool.portal.core.account;

/**
 * District roles work across schools (the inspector only reads); school roles are bound to one school.
 */
public enum Role {
    DISTRICT_ADMIN(true, "Quản trị phòng GD&ĐT"),
    INSPECTOR(true, "Thanh tra, kiểm tra"),
    SCHOOL_ADMIN(false, "Quản trị nhà trường"),
    EDITOR(false, "Ban biên tập"),
    TEACHER(false, "Giáo viên"),
    STAFF(false, "Nhân viên");

    private final boolean district;
    private final String labelVi;

    Role(boolean district, String labelVi) {
        this.district = district;
        this.labelVi = labelVi;
    }

    public boolean isDistrict() {
        return district;
    }

    public String labelVi() {
        return labelVi;
    }
}
