package vn.eschool.portal.audit.dashboard;

/**
 * How a criterion's score looks in the district's heat map. The colour is never alone: each cell also shows the
 * score as a number and the level's name for screen readers.
 */
public enum HeatLevel {
    /** Full marks. */
    FULL("heat-full", "Đạt tối đa", "Full marks"),
    /** At least 80 % of the points. */
    GOOD("heat-good", "Khá", "Good"),
    /** At least half of the points. */
    FAIR("heat-fair", "Trung bình", "Fair"),
    /** Less than half of the points (the decision's bar for a standard). */
    POOR("heat-poor", "Yếu", "Poor");

    private final String cssClass;
    private final String labelVi;
    private final String labelEn;

    HeatLevel(String cssClass, String labelVi, String labelEn) {
        this.cssClass = cssClass;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public static HeatLevel of(double score, double maxPoints) {
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
        if (score >= maxPoints) {
            return FULL;
        }
        double share = score / maxPoints;
        if (share >= 0.8) {
            return GOOD;
        }
        return share >= 0.5 ? FAIR : POOR;
    }

    public String cssClass() {
        return cssClass;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
