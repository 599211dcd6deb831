package vn.eschool.portal.layer1.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eschool.portal.core.plugin.MenuEntry;
import vn.eschool.portal.layer1.category.Category;

/**
 * The menu of a school's public site: every section once, in the board's order. A category that a section of its
 * own shows (disclosures, directive documents, the e-learning repository) is that section, under the category's
 * name, so "Công khai" and "Công khai năm học" are one entry. Keys are paths below {@code /schools/{code}/}.
 * Plain Java: unit-tested.
 */
public final class SiteMenu {

    public record Item(String key, String labelVi) {
    }

    private static final String PLUGIN_PREFIX = "/schools/{school}/";

    private SiteMenu() {
    }

    /** The menu from the school's categories, the plugins' public entries and the board's order (keys). */
    public static List<Item> of(List<Category> categories, List<MenuEntry> pluginEntries, List<String> order) {
        Map<String, Item> sections = new LinkedHashMap<>();
        add(sections, "", "Trang chủ");
        add(sections, "gioi-thieu", "Giới thiệu");
        add(sections, "to-chuc", "Cơ cấu tổ chức");
        for (Category c : categories) {
            add(sections, keyOf(c), c.name());
        }
        for (MenuEntry entry : pluginEntries) {
            if (entry.path().startsWith(PLUGIN_PREFIX)) {
                add(sections, entry.path().substring(PLUGIN_PREFIX.length()), entry.labelVi());
            }
        }
        add(sections, "lien-he", "Liên hệ – Hỏi đáp");
        List<Item> menu = new ArrayList<>();
        for (String key : order) {
            Item item = sections.remove(key);
            if (item != null) {
                menu.add(item);
            }
        }
        menu.addAll(sections.values());
        return menu;
    }

    /** The keys of {@code order} that name no section of {@code menu}, or name one twice. */
    public static List<String> unknown(List<Item> menu, List<String> order) {
        Set<String> known = new HashSet<>(menu.stream().map(Item::key).toList());
        Set<String> seen = new HashSet<>();
        return order.stream().filter(key -> !known.contains(key) || !seen.add(key)).toList();
    }

    /** Where a category is shown: its section's page, or its own list of posts. */
    public static String keyOf(Category category) {
        return switch (category.kind()) {
            case DISCLOSURE -> "cong-khai";
            case DIRECTIVE -> "van-ban";
            case ELEARNING -> "hoc-lieu";
            default -> "chuyen-muc/" + category.slug();
        };
    }

    private static void add(Map<String, Item> sections, String key, String labelVi) {
        sections.putIfAbsent(key, new Item(key, labelVi));
    }
}
