package vn.eschool.portal.core.plugin;

/**
 * A link a plugin adds to a menu. {@code path} may contain {@code {school}}, replaced by the school code.
 */
public record MenuEntry(MenuArea area, String labelVi, String labelEn, String path, int order) {

    public enum MenuArea { PUBLIC, INTERNAL, ADMIN }

    public String pathFor(String schoolCode) {
        return path.replace("{school}", schoolCode);
    }
}
