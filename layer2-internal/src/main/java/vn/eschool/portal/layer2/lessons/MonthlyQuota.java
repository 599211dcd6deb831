package vn.eschool.portal.layer2.lessons;

/**
 * A teacher's progress towards the monthly e-lecture quota, e.g. 2 uploaded of the 3 required by
 * criterion II.2.1 of decision 8265/2021. The threshold comes from the rule set in force, never from code.
 */
public record MonthlyQuota(int uploaded, int required) {

    public MonthlyQuota {
        if (uploaded < 0 || required < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + uploaded + " of " + required);
        }
    }

    public boolean met() {
        return uploaded >= required;
    }

    public int missing() {
        return Math.max(0, required - uploaded);
    }

    /** "Tháng này: 2/3 bài giảng điện tử (còn thiếu 1)" or "Tháng này: 3/3 bài giảng điện tử (đạt)". */
    public String textVi() {
        String progress = "Tháng này: " + uploaded + "/" + required + " bài giảng điện tử";
        return met() ? progress + " (đạt)" : progress + " (còn thiếu " + missing() + ")";
    }

    /** "This month: 2 of 3 e-lectures (1 missing)" or "This month: 3 of 3 e-lectures (met)". */
    public String textEn() {
        String progress = "This month: " + uploaded + " of " + required + (required == 1 ? " e-lecture" : " e-lectures");
        return met() ? progress + " (met)" : progress + " (" + missing() + " missing)";
    }
}
