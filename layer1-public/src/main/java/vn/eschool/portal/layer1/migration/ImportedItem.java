package vn.eschool.portal.layer1.migration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.school.School;

/** A post or file brought in from an older portal, by its id there: a second import finds it and skips it. */
@Entity
@Table(name = "layer1_imported")
public class ImportedItem {

    @Id
    @SequenceGenerator(name = "layer1_imported_seq", sequenceName = "layer1_imported_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_imported_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 20)
    private String source;

    /** e.g. {@code post:123} or {@code file:2023/09/anh.jpg}. */
    @Column(name = "external_id", nullable = false, length = 300)
    private String externalId;

    @ManyToOne
    @JoinColumn(name = "content_id")
    private ContentItem content;

    @ManyToOne
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    protected ImportedItem() {
    }

    public ImportedItem(School school, String source, String externalId, ContentItem content, Attachment attachment) {
        this.school = school;
        this.source = source;
        this.externalId = externalId;
        this.content = content;
        this.attachment = attachment;
    }

    public ContentItem content() {
        return content;
    }

    public Attachment attachment() {
        return attachment;
    }
}
