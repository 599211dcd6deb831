package vn.eschool.portal.layer1.category;

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
import vn.eschool.portal.core.school.School;

/**
 * A category (chuyên mục) of a school's public site. Items are filed under it by name
 * ({@code content_item.category}), the way the rest of the portal and imported history already file them.
 */
@Entity
@Table(name = "layer1_category")
public class Category {

    @Id
    @SequenceGenerator(name = "layer1_category_seq", sequenceName = "layer1_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_category_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CategoryKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** One of the categories the district prescribes; kept even when empty. */
    @Column(nullable = false)
    private boolean prescribed;

    protected Category() {
    }

    public Category(School school, String name, CategoryKind kind, int sortOrder, boolean prescribed) {
        this.school = school;
        this.name = name;
        this.slug = Slugs.of(name);
        this.kind = kind;
        this.sortOrder = sortOrder;
        this.prescribed = prescribed;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public CategoryKind kind() {
        return kind;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean prescribed() {
        return prescribed;
    }

    public void change(String name, CategoryKind kind, int sortOrder) {
        this.name = name;
        this.slug = Slugs.of(name);
        this.kind = kind;
        this.sortOrder = sortOrder;
    }
}
