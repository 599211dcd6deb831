package vn.eschool.portal.layer1.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import vn.eschool.portal.core.content.ContentStatus;

/** Who did what to a post and when: the board's log of articles (sổ theo dõi tin bài). */
@Entity
@Table(name = "layer1_workflow_event")
public class WorkflowEvent {

    @Id
    @SequenceGenerator(name = "layer1_workflow_event_seq", sequenceName = "layer1_workflow_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_workflow_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EditorialAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ContentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ContentStatus toStatus;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id")
    private Account actor;

    /** The board's comment when returning a post, the revision restored, the scheduled time. */
    @Column(length = 2000)
    private String note;

    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    protected WorkflowEvent() {
    }

    public WorkflowEvent(ContentItem post, EditorialAction action, ContentStatus fromStatus, ContentStatus toStatus,
                         Account actor, String note, OffsetDateTime happenedAt) {
        this.post = post;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.note = note;
        this.happenedAt = happenedAt;
    }

    public EditorialAction action() {
        return action;
    }

    public ContentStatus fromStatus() {
        return fromStatus;
    }

    public ContentStatus toStatus() {
        return toStatus;
    }

    public Account actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public OffsetDateTime happenedAt() {
        return happenedAt;
    }
}
