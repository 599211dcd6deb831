package vn.eschool.portal.audit.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One standard's score in a stored report: what the public page shows once it is published. */
@Embeddable
public class ReportStandard {

    @Column(name = "standard_id", nullable = false, length = 20)
    private String id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "max_points", nullable = false)
    private double maxPoints;

    @Column(nullable = false)
    private double score;

    @Column(name = "meets_minimum", nullable = false)
    private boolean meetsMinimum;

    protected ReportStandard() {
    }

    public ReportStandard(String id, String title, double maxPoints, double score, boolean meetsMinimum) {
        this.id = id;
        this.title = title;
        this.maxPoints = maxPoints;
        this.score = score;
        this.meetsMinimum = meetsMinimum;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public double maxPoints() {
        return maxPoints;
    }

    public double score() {
        return score;
    }

    public boolean meetsMinimum() {
        return meetsMinimum;
    }
}
