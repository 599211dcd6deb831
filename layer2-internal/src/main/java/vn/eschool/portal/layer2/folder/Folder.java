package vn.eschool.portal.layer2.folder;

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
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.school.School;

/**
 * A folder (ngăn thư mục) of a school's internal area. Prescribed folders and lesson repositories belong to
 * the district's structure: they are never renamed or deleted; the school's own folders are.
 */
@Entity
@Table(name = "layer2_folder")
public class Folder {

    @Id
    @SequenceGenerator(name = "layer2_folder_seq", sequenceName = "layer2_folder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer2_folder_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Folder parent;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FolderKind kind;

    @ManyToOne
    @JoinColumn(name = "prescribed_id")
    private PrescribedFolder prescribed;

    /** The professional group whose lesson repository this is; null for other folders. */
    @ManyToOne
    @JoinColumn(name = "group_id")
    private ProfessionalGroup group;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Folder() {
    }

    private Folder(School school, Folder parent, String name, FolderKind kind, int sortOrder, Account createdBy,
                   OffsetDateTime createdAt) {
        this.school = school;
        this.parent = parent;
        this.name = name;
        this.kind = kind;
        this.sortOrder = sortOrder;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static Folder prescribed(School school, PrescribedFolder definition, OffsetDateTime at) {
        Folder folder = new Folder(school, null, definition.name(), FolderKind.GENERAL, definition.sortOrder(), null,
                at);
        folder.prescribed = definition;
        return folder;
    }

    /** A lesson repository: of {@code group}, or the school's shared one for teachers not yet in a group. */
    public static Folder lessons(School school, ProfessionalGroup group, String name, OffsetDateTime at) {
        Folder folder = new Folder(school, null, name, FolderKind.LESSONS, 1000, null, at);
        folder.group = group;
        return folder;
    }

    public static Folder own(School school, Folder parent, String name, int sortOrder, Account createdBy,
                             OffsetDateTime at) {
        return new Folder(school, parent, name, FolderKind.GENERAL, sortOrder, createdBy, at);
    }

    /** Prescribed folders and lesson repositories are the district's structure; the rest is the school's own. */
    public boolean isOwn() {
        return prescribed == null && kind == FolderKind.GENERAL;
    }

    /** A folder the school made with the name the district now prescribes becomes the prescribed one. */
    void adoptAs(PrescribedFolder definition) {
        this.prescribed = definition;
        this.sortOrder = definition.sortOrder();
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public Folder parent() {
        return parent;
    }

    public String name() {
        return name;
    }

    public FolderKind kind() {
        return kind;
    }

    public PrescribedFolder prescribedAs() {
        return prescribed;
    }

    public ProfessionalGroup group() {
        return group;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public Account createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
