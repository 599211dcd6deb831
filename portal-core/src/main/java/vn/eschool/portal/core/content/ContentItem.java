package vn.eschool.portal.core.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.index.ContentIndexListener;
import vn.eschool.portal.core.school.School;

/**
 * The content base every plugin shares: one row per news post, page, document, e-lecture, photo or question,
 * so that search and the audit see all content through one model. Type-specific facts (subject, class, week,
 * software, ...) are {@link #attributes}; plugins may keep richer tables of their own keyed by this id.
 */
@Entity
@EntityListeners(ContentIndexListener.class)
@Table(name = "content_item")
public class ContentItem {

    /** The attribute that marks an item of a bulk import of historical data ({@link #markImported()}). */
    public static final String IMPORTED = "imported";

    @Id
    @SequenceGenerator(name = "content_item_seq", sequenceName = "content_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_item_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    /** A type contributed by a plugin, e.g. NEWS, DOCUMENT, LECTURE, PHOTO. */
    @Column(nullable = false, length = 40)
    private String type;

    /** The category (chuyên mục) or folder the item is filed under. */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    /** When the item really happened, for history imported from an older portal; the audit counts this date. */
    @Column(name = "original_date")
    private OffsetDateTime originalDate;

    @ManyToOne
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    /** Who uploaded it, when not recorded as its author (an admin on a teacher's behalf); null for older items. */
    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_attribute", joinColumns = @JoinColumn(name = "content_id"))
    @MapKeyColumn(name = "name", length = 60)
    @Column(name = "attr_value", length = 500)
    private Map<String, String> attributes = new HashMap<>();

    /** The professional group an internal item is addressed to, if any ({@link ItemAudience}). */
    @Column(name = "audience_group_id")
    private Long audienceGroupId;

    /** The accounts an internal item is addressed to by name, if any ({@link ItemAudience}). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_audience_account", joinColumns = @JoinColumn(name = "content_id"))
    @Column(name = "account_id")
    private Set<Long> audienceAccountIds = new HashSet<>();

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected ContentItem() {
    }

    public ContentItem(School school, String type, String category, String title, Account author,
                       Visibility visibility, OffsetDateTime createdAt) {
        this.school = school;
        this.type = type;
        this.category = category;
        this.title = title;
        this.author = author;
        this.visibility = visibility;
        this.status = ContentStatus.DRAFT;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String type() {
        return type;
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

    public ContentStatus status() {
        return status;
    }

    public Visibility visibility() {
        return visibility;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Account uploadedBy() {
        return uploadedBy;
    }

    public void uploadedBy(Account uploader) {
        this.uploadedBy = uploader;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public OffsetDateTime originalDate() {
        return originalDate;
    }

    /** The date the audit attributes the item to: the original date of imported history, else publication. */
    public OffsetDateTime effectiveDate() {
        if (originalDate != null) {
            return originalDate;
        }
        return publishedAt != null ? publishedAt : createdAt;
    }

    /** Whether anyone may see the item: published, public, and its publication time has come. */
    public boolean isPublicAt(OffsetDateTime now) {
        return status == ContentStatus.PUBLISHED && visibility == Visibility.PUBLIC
                && publishedAt != null && !publishedAt.isAfter(now);
    }

    public Attachment attachment() {
        return attachment;
    }

    public Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }

    /** Who among the staff may see the item, when it is internal. */
    public ItemAudience audience() {
        return new ItemAudience(audienceGroupId, audienceAccountIds);
    }

    /** The time from which the item is shown: its publication, which may be scheduled later; else its creation. */
    public OffsetDateTime visibleFrom() {
        return publishedAt != null ? publishedAt : createdAt;
    }

    /** The subject, grade, class, week and software the item names (e-lectures, lesson materials). */
    public LectureFacts lectureFacts() {
        return LectureFacts.of(attributes);
    }

    public void recordLectureFacts(LectureFacts facts) {
        facts.attributes().forEach(this::setAttribute);
    }

    public void write(String title, String summary, String body) {
        this.title = title;
        this.summary = summary;
        this.body = body;
    }

    public void fileUnder(String category) {
        this.category = category;
    }

    public void attach(Attachment file) {
        this.attachment = file;
    }

    public void setAttribute(String name, String value) {
        if (value == null || value.isBlank()) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    public void publish(OffsetDateTime at) {
        this.status = ContentStatus.PUBLISHED;
        this.publishedAt = at;
    }

    /** Moves the item between Layer 1 and Layer 2, e.g. an e-lecture its teacher shares in the public repository. */
    public void showTo(Visibility audience) {
        this.visibility = audience;
    }

    public void addressTo(ItemAudience audience) {
        this.audienceGroupId = audience.groupId();
        this.audienceAccountIds = new HashSet<>(audience.accountIds());
    }

    public void moveTo(ContentStatus next) {
        this.status = next;
    }

    public void importedWithOriginalDate(OffsetDateTime original) {
        this.originalDate = original;
    }

    /** Marks an item of a bulk import of historical data; who imported it is its uploader. */
    public void markImported() {
        setAttribute(IMPORTED, "true");
    }
}
