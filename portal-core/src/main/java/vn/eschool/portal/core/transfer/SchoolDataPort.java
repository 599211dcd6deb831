package vn.eschool.portal.core.transfer;

import java.util.List;
import java.util.Map;

/**
 * What a module owns of a school, for the school's export and import (a CDI bean in each plugin, and one in the
 * core): its tables in the order they are written (a table after those it refers to), and the content attributes
 * whose values are ids of its kinds (rewritten on import like a column).
 */
public interface SchoolDataPort {

    /** The order among modules: the core first, then the plugins by their {@code PortalPlugin.order()}. */
    int order();

    List<SchoolTable> tables();

    /** Content attribute name → the kind its value refers to, e.g. a photo's album. */
    default Map<String, String> idAttributes() {
        return Map.of();
    }

    /** District tables its tables refer to ({@link SchoolTable#references()} naming them): found by their key. */
    default List<DistrictTable> districtTables() {
        return List.of();
    }
}
