package vn.eschool.portal.layer1.album;

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
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.school.School;

/**
 * A photo album of one school activity (album ảnh theo hoạt động). Its photos are PHOTO content items carrying
 * the album's id in the attribute {@link #PHOTO_ATTRIBUTE}, filed under {@link #category()}: the content base
 * keeps the photos, this row only describes the activity.
 */
@Entity
@Table(name = "layer1_album")
public class Album {

    /** The content attribute that ties a PHOTO item to its album. */
    public static final String PHOTO_ATTRIBUTE = "albumId";
    /** The content attribute holding a photo's caption (also its title and summary, so it is indexed). */
    public static final String CAPTION_ATTRIBUTE = "caption";
    /** The content attribute holding when the photo was taken (EXIF), ISO local date-time. */
    public static final String TAKEN_ATTRIBUTE = "takenAt";
    /** Photos are filed under "Album: title", as the school's earlier photos were. */
    static final String CATEGORY_PREFIX = "Album: ";

    @Id
    @SequenceGenerator(name = "layer1_album_seq", sequenceName = "layer1_album_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_album_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 140)
    private String title;

    @Column(name = "activity_date", nullable = false)
    private LocalDate activityDate;

    @Column(length = 2000)
    private String description;

    @ManyToOne
    @JoinColumn(name = "cover_id")
    private ContentItem cover;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Album() {
    }

    public Album(School school, String title, LocalDate activityDate, String description, Account createdBy,
                 OffsetDateTime createdAt) {
        this.school = school;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(title, activityDate, description);
    }

    public void describe(String title, LocalDate activityDate, String description) {
        this.title = title;
        this.activityDate = activityDate;
        this.description = description;
    }

    public void coverWith(ContentItem photo) {
        this.cover = photo;
    }

    /** The category its photos are filed under, so search can facet on the album. */
    public String category() {
        return CATEGORY_PREFIX + title;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String title() {
        return title;
    }

    public LocalDate activityDate() {
        return activityDate;
    }

    public String description() {
        return description;
    }

    public ContentItem cover() {
        return cover;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
