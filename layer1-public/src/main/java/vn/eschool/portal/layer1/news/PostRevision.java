package vn.eschool.portal.layer1.news;

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
import vn.eschool.portal.core.content.ContentItem;

/** One saved version of a post, numbered from 1; never changed, so any version can be brought back. */
@Entity
@Table(name = "layer1_revision")
public class PostRevision {

    @Id
    @SequenceGenerator(name = "layer1_revision_seq", sequenceName = "layer1_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_revision_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem post;

    @Column(name = "revision_no", nullable = false)
    private int number;

    @Column(length = 150)
    private String category;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String summary;

    @Column(length = 200000)
    private String body;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PostRevision() {
    }

    /** A snapshot of the post as it is now. */
    public PostRevision(ContentItem post, int number, Account author, OffsetDateTime createdAt) {
        this.post = post;
        this.number = number;
        this.category = post.category();
        this.title = post.title();
        this.summary = post.summary();
        this.body = post.body();
        this.author = author;
        this.createdAt = createdAt;
    }

    public int number() {
        return number;
    }

    public String category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public Account author() {
        return author;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
