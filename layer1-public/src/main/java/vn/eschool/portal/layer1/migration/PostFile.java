package vn.eschool.portal.layer1.migration;

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

/** A file an imported post's body shows (an image inside the text): readable by whoever reads the post. */
@Entity
@Table(name = "layer1_post_file")
public class PostFile {

    @Id
    @SequenceGenerator(name = "layer1_post_file_seq", sequenceName = "layer1_post_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_post_file_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem post;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    protected PostFile() {
    }

    public PostFile(ContentItem post, Attachment attachment) {
        this.post = post;
        this.attachment = attachment;
    }

    public ContentItem post() {
        return post;
    }
}
