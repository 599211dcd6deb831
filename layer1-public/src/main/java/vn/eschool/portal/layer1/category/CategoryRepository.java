package vn.eschool.portal.layer1.category;

import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

public interface CategoryRepository {

    /** Ordered for display. */
    List<Category> findBySchool(School school);

    Optional<Category> findById(School school, long id);

    Optional<Category> findBySlug(School school, String slug);

    Category add(Category category);

    /** Re-files the school's items when a category is renamed; returns how many moved. */
    int refileItems(School school, String oldName, String newName);
}
