package vn.eschool.portal.audit.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.teaching.SchoolYear;

/** The score a school's board enters for one criterion the portal cannot measure, for one month and rule set. */
@Entity
@Table(name = "audit_entry")
public class AssessmentEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "rule_set", nullable = false, length = 40)
    private String ruleSet;

    @Column(name = "audit_month", nullable = false, length = 7)
    private String month;

    @Column(name = "school_year", nullable = false, length = 9)
    private String schoolYear;

    @Column(name = "criterion_id", nullable = false, length = 20)
    private String criterionId;

    @Column(nullable = false)
    private double score;

    @Column(nullable = false, length = 2000)
    private String remark;

    @ManyToOne
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected AssessmentEntry() {
    }

    public AssessmentEntry(School school, String ruleSet, SchoolYear year, YearMonth month, String criterionId) {
        this.school = school;
        this.ruleSet = ruleSet;
        this.schoolYear = year.toString();
        this.month = month.toString();
        this.criterionId = criterionId;
    }

    public void score(double score, String remark, Account by, OffsetDateTime at) {
        this.score = score;
        this.remark = remark;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String criterionId() {
        return criterionId;
    }

    public double score() {
        return score;
    }

    public String remark() {
        return remark;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy == null ? null : updatedBy.fullName();
    }
}
