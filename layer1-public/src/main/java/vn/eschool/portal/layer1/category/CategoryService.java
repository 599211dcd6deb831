package vn.eschool.portal.layer1.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.site.PublicSiteChanged;

/** A school's categories, seeded with the prescribed ones the first time anyone looks at them. */
@ApplicationScoped
public class CategoryService {

    /** The categories the district prescribes for every school (002, 003 II.3.1), in display order. */
    static final List<Category> prescribedFor(School school) {
        return List.of(
                new Category(school, "Tin tức – Sự kiện", CategoryKind.NEWS, 10, true),
                new Category(school, "Hoạt động chuyên môn", CategoryKind.NEWS, 20, true),
                new Category(school, "Công khai", CategoryKind.DISCLOSURE, 30, true),
                new Category(school, "Văn bản chỉ đạo các cấp", CategoryKind.DIRECTIVE, 40, true),
                new Category(school, "Kho học liệu điện tử", CategoryKind.ELEARNING, 50, true),
                new Category(school, "Thông tin cho phụ huynh", CategoryKind.NEWS, 60, true));
    }

    @Inject
    CategoryRepository categories;

    @Inject
    Event<PublicSiteChanged> siteChanged;

    @Transactional
    public List<Category> of(School school) {
        List<Category> existing = categories.findBySchool(school);
        if (!existing.isEmpty()) {
            return existing;
        }
        prescribedFor(school).forEach(categories::add);
        return categories.findBySchool(school);
    }

    @Transactional
    public Category require(School school, long id) {
        of(school);
        return categories.findById(school, id).orElseThrow(() -> PortalException.notFound(
                "Không có chuyên mục này.", "No such category."));
    }

    @Transactional
    public Category requireBySlug(School school, String slug) {
        of(school);
        return categories.findBySlug(school, slug).orElseThrow(() -> PortalException.notFound(
                "Không có chuyên mục \"" + slug + "\".", "No category \"" + slug + "\"."));
    }

    @Transactional
    public Category create(School school, CategoryRequest request) {
        List<Category> all = of(school);
        String name = request.name().strip();
        refuseDuplicate(all, name, null);
        int order = request.order() != null ? request.order()
                : all.stream().mapToInt(Category::sortOrder).max().orElse(0) + 10;
        siteChanged.fire(new PublicSiteChanged(school.code()));
        return categories.add(new Category(school, name, request.kind(), order, false));
    }

    /** Renaming re-files the category's items so that nothing falls out of it. */
    @Transactional
    public Category change(School school, long id, CategoryRequest request) {
        List<Category> all = of(school);
        Category category = categories.findById(school, id).orElseThrow(() -> PortalException.notFound(
                "Không có chuyên mục này.", "No such category."));
        String name = request.name().strip();
        refuseDuplicate(all, name, category);
        String oldName = category.name();
        category.change(name, request.kind(), request.order() != null ? request.order() : category.sortOrder());
        if (!oldName.equals(name)) {
            categories.refileItems(school, oldName, name);
        }
        siteChanged.fire(new PublicSiteChanged(school.code()));
        return category;
    }

    private static void refuseDuplicate(List<Category> all, String name, Category self) {
        String slug = Slugs.of(name);
        boolean taken = all.stream().filter(c -> c != self)
                .anyMatch(c -> c.name().equalsIgnoreCase(name) || c.slug().equals(slug));
        if (taken) {
            throw PortalException.conflict("category-exists", "Đã có chuyên mục \"" + name + "\".",
                    "The category \"" + name + "\" exists.");
        }
    }
}
