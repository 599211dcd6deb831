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
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.school.School;

/** An evidence file (hồ sơ minh chứng) for an entered criterion: a file of the core file store. */
@Entity
@Table(name = "audit_evidence")
public class Evidence {

    @Id
    @SequenceGenerator(name = "audit_evidence_seq", sequenceName = "audit_evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_evidence_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "rule_set", nullable = false, length = 40)
    private String ruleSet;

    @Column(name = "audit_month", nullable = false, length = 7)
    private String month;

    @Column(name = "criterion_id", nullable = false, length = 20)
    private String criterionId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected Evidence() {
    }

    public Evidence(School school, String ruleSet, YearMonth month, String criterionId, Attachment attachment,
                    Account uploadedBy, OffsetDateTime uploadedAt) {
        this.school = school;
        this.ruleSet = ruleSet;
        this.month = month.toString();
        this.criterionId = criterionId;
        this.attachment = attachment;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String criterionId() {
        return criterionId;
    }

    public Attachment attachment() {
        return attachment;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
