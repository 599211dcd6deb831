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
import vn.eschool.portal.core.school.School;

/** An address of the school's older portal (path, or {@code ?p=123}) that answers 301 to the imported post. */
@Entity
@Table(name = "layer1_old_link")
public class OldLink {

    @Id
    @SequenceGenerator(name = "layer1_old_link_seq", sequenceName = "layer1_old_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_old_link_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 500)
    private String path;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem post;

    protected OldLink() {
    }

    public OldLink(School school, String path, ContentItem post) {
        this.school = school;
        this.path = path;
        this.post = post;
    }

    public ContentItem post() {
        return post;
    }
}
