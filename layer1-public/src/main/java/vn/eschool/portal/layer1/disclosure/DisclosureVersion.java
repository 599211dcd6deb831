package vn.eschool.portal.layer1.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * One published version of a required disclosure item for a school year: a text, a file or both, who published
 * it and when. Versions are written once and never changed nor deleted (no setter, no delete anywhere).
 */
@Entity
@Table(name = "layer1_disclosure_version")
public class DisclosureVersion {

    @Id
    @SequenceGenerator(name = "layer1_disclosure_version_seq", sequenceName = "layer1_disclosure_version_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_disclosure_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Column(name = "item_key", nullable = false, length = 60)
    private String itemKey;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(length = 20000)
    private String body;

    @ManyToOne
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    @Column(name = "changed_on")
    private LocalDate changedOn;

    @Column(length = 500)
    private String note;

    @ManyToOne(optional = false)
    @JoinColumn(name = "published_by")
    private Account publishedBy;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    protected DisclosureVersion() {
    }

    public DisclosureVersion(School school, SchoolYear year, String itemKey, int number, String body,
                             Attachment attachment, LocalDate changedOn, String note, Account publishedBy,
                             OffsetDateTime publishedAt) {
        this.school = school;
        this.schoolYear = year.firstYear();
        this.itemKey = itemKey;
        this.number = number;
        this.body = body;
        this.attachment = attachment;
        this.changedOn = changedOn;
        this.note = note;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public SchoolYear schoolYear() {
        return new SchoolYear(schoolYear);
    }

    public String itemKey() {
        return itemKey;
    }

    public int number() {
        return number;
    }

    public String body() {
        return body;
    }

    public Attachment attachment() {
        return attachment;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public String note() {
        return note;
    }

    public Account publishedBy() {
        return publishedBy;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public DisclosureRules.Publication publication() {
        return new DisclosureRules.Publication(number,
                publishedAt.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate(), changedOn);
    }
}
