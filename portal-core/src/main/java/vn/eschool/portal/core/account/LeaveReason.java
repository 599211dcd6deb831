package vn.eschool.portal.core.account;

/** Why a person is away for a while (nghỉ): the months it covers do not count against them. */
public enum LeaveReason {
    MATERNITY("Nghỉ thai sản"),
    SICK("Nghỉ ốm dài ngày"),
    SECONDMENT("Biệt phái, đi học, công tác"),
    OTHER("Nghỉ khác");

    private final String labelVi;

    LeaveReason(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
