package vn.eschool.portal.core.plugin;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import vn.eschool.portal.core.content.AuditCategory;

/** The plugins found on the application's class path, loaded once. */
public final class Plugins {

    private static volatile List<PortalPlugin> loaded;

    private Plugins() {
    }

    public static List<PortalPlugin> all() {
        List<PortalPlugin> result = loaded;
        if (result == null) {
            synchronized (Plugins.class) {
                if (loaded == null) {
                    ClassLoader loader = Thread.currentThread().getContextClassLoader();
                    loaded = StreamSupport.stream(ServiceLoader.load(PortalPlugin.class, loader).spliterator(), false)
                            .sorted(Comparator.comparingInt(PortalPlugin::order).thenComparing(PortalPlugin::id))
                            .collect(Collectors.toUnmodifiableList());
                }
                result = loaded;
            }
        }
        return result;
    }

    public static List<MenuEntry> menu(MenuEntry.MenuArea area) {
        return all().stream()
                .flatMap(p -> p.menuEntries().stream())
                .filter(e -> e.area() == area)
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .toList();
    }

    /** The content types the plugins declare in an audit category, e.g. every type counted as an e-lecture. */
    public static Set<String> typesIn(AuditCategory category) {
        return all().stream().flatMap(p -> p.contentTypes().stream())
                .filter(descriptor -> descriptor.auditCategory() == category)
                .map(ContentTypeDescriptor::type)
                .collect(Collectors.toUnmodifiableSet());
    }
}
