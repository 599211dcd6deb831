package vn.eschool.portal.core.files;

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
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.school.School;

/**
 * A file a school uploaded: its name and type as the school knows it, pointing at a content-addressed blob.
 * The same bytes uploaded twice share one blob but stay two attachments.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "media_type", nullable = false, length = 150)
    private String mediaType;

    /** Extracted text, kept as a blob of its own in the file store (UTF-8), or null. */
    @Column(name = "text_sha256", length = 64)
    private String textSha256;

    /** "extracted", or why not: encrypted, corrupt, too-large, timeout, empty, unsupported-type. */
    @Column(name = "text_status", length = 20)
    private String textStatus;

    /** Authoring software detected from the file, comma separated (empty when unknown). */
    @Column(length = 300)
    private String software;

    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected Attachment() {
    }

    public Attachment(School school, StoredBlob blob, String filename, String mediaType, Account uploadedBy,
                      OffsetDateTime uploadedAt) {
        this.school = school;
        this.sha256 = blob.sha256();
        this.sizeBytes = blob.size();
        this.filename = filename;
        this.mediaType = mediaType;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void describeContent(String textSha256, String textStatus, java.util.List<String> software) {
        this.textSha256 = textSha256;
        this.textStatus = textStatus;
        this.software = software == null || software.isEmpty() ? null : String.join(",", software);
    }

    public String textSha256() {
        return textSha256;
    }

    public String textStatus() {
        return textStatus;
    }

    public java.util.List<String> software() {
        return software == null || software.isBlank() ? java.util.List.of() : java.util.List.of(software.split(","));
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String filename() {
        return filename;
    }

    public String mediaType() {
        return mediaType;
    }

    public Account uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
