package vn.eschool.portal.core.plugin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A vertical slice of the portal (Layer 1, Layer 2, the audit, ...), packaged as a JAR that depends
 * only on portal-core and is found at start-up through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/vn.eschool.portal.core.plugin.PortalPlugin}).
 */
public interface PortalPlugin {

    /** Stable identifier, also the suffix of the plugin's Flyway history table. */
    String id();

    /** Vietnamese display name. */
    String displayName();

    /** JAX-RS resources and providers this plugin contributes. */
    default Set<Class<?>> restClasses() {
        return Set.of();
    }

    /** Entries the plugin adds to the public, internal or admin menus. */
    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    /** The content types the plugin stores in the shared content base (indexed and audited). */
    default List<ContentTypeDescriptor> contentTypes() {
        return List.of();
    }

    /**
     * Flyway location of the plugin's own schema migrations, e.g. {@code classpath:db/migration/layer2}.
     * Each plugin keeps its own history table so plugins version their schema independently.
     */
    default Optional<String> migrationLocation() {
        return Optional.empty();
    }

    /** Lower runs first (migrations, start-up hooks, menu order). */
    default int order() {
        return 100;
    }
}
