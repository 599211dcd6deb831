package vn.eschool.portal.audit.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.school.School;

/**
 * A school's monthly report as prepared on the 20th for the month before: the audit and the self-assessment of
 * that moment, kept as they were (a JSON snapshot, and the total, grade and standards as columns). Only publishing
 * changes it, and an admin's explicit replacement, which the logbook records.
 */
@Entity
@Table(name = "audit_report")
public class MonthlyReport {

    @Id
    @SequenceGenerator(name = "audit_report_seq", sequenceName = "audit_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_report_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "audit_month", nullable = false, length = 7)
    private String month;

    @Column(name = "rule_set", nullable = false, length = 40)
    private String ruleSet;

    @Column(name = "prepared_at", nullable = false)
    private OffsetDateTime preparedAt;

    @Column(nullable = false)
    private double total;

    @Column(name = "max_total", nullable = false)
    private double maxTotal;

    @Column(length = 10)
    private String grade;

    @Column(name = "grade_label", nullable = false, length = 200)
    private String gradeLabel;

    @Column(nullable = false, length = 1000000)
    private String snapshot;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_report_standard", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "sort_order")
    private List<ReportStandard> standards = new ArrayList<>();

    /** Whether every criterion the school enters had been entered. */
    @Column(nullable = false)
    private boolean complete;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @ManyToOne
    @JoinColumn(name = "published_by")
    private Account publishedBy;

    protected MonthlyReport() {
    }

    public MonthlyReport(School school, YearMonth month, String ruleSet, OffsetDateTime preparedAt, double total, double maxTotal,
                         String grade, String gradeLabel, List<ReportStandard> standards, String snapshot, boolean complete) {
        this.school = school;
        this.month = month.toString();
        this.ruleSet = ruleSet;
        this.preparedAt = preparedAt;
        this.total = total;
        this.maxTotal = maxTotal;
        this.grade = grade;
        this.gradeLabel = gradeLabel;
        this.standards = new ArrayList<>(standards);
        this.snapshot = snapshot;
        this.complete = complete;
    }

    /** Takes the content of a newly prepared report; the publication is withdrawn (the published figures changed). */
    public void replaceWith(MonthlyReport prepared) {
        this.ruleSet = prepared.ruleSet;
        this.preparedAt = prepared.preparedAt;
        this.total = prepared.total;
        this.maxTotal = prepared.maxTotal;
        this.grade = prepared.grade;
        this.gradeLabel = prepared.gradeLabel;
        this.standards = new ArrayList<>(prepared.standards);
        this.snapshot = prepared.snapshot;
        this.complete = prepared.complete;
        this.publishedAt = null;
        this.publishedBy = null;
    }

    public boolean complete() {
        return complete;
    }

    public void publish(Account by, OffsetDateTime at) {
        if (publishedAt == null) {
            publishedAt = at;
            publishedBy = by;
        }
    }

    public School school() {
        return school;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public OffsetDateTime preparedAt() {
        return preparedAt;
    }

    public double total() {
        return total;
    }

    public double maxTotal() {
        return maxTotal;
    }

    public String grade() {
        return grade;
    }

    public String gradeLabel() {
        return gradeLabel;
    }

    public String snapshot() {
        return snapshot;
    }

    public List<ReportStandard> standards() {
        return List.copyOf(standards);
    }

    public boolean published() {
        return publishedAt != null;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }
}
