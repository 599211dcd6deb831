package vn.eschool.portal.layer1.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.school.School;

/** One topic of the editorial board's monthly article plan (kế hoạch viết tin bài): who writes it, by when. */
@Entity
@Table(name = "layer1_plan_topic")
public class PlanTopic {

    @Id
    @SequenceGenerator(name = "layer1_plan_topic_seq", sequenceName = "layer1_plan_topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_plan_topic_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    /** YYYY-MM. */
    @Column(name = "plan_month", nullable = false, length = 7)
    private String month;

    @Column(nullable = false, length = 300)
    private String topic;

    @ManyToOne(optional = false)
    @JoinColumn(name = "writer_id")
    private Account writer;

    @Column(nullable = false)
    private LocalDate deadline;

    /** The post that fulfils the topic, once there is one. */
    @ManyToOne
    @JoinColumn(name = "post_id")
    private ContentItem post;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected PlanTopic() {
    }

    public PlanTopic(School school, YearMonth month, Account createdBy, OffsetDateTime createdAt) {
        this.school = school;
        this.month = month.toString();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void assign(String topic, Account writer, LocalDate deadline, ContentItem post) {
        this.topic = topic;
        this.writer = writer;
        this.deadline = deadline;
        this.post = post;
    }

    public void planFor(YearMonth month) {
        this.month = month.toString();
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public String topic() {
        return topic;
    }

    public Account writer() {
        return writer;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public ContentItem post() {
        return post;
    }
}
