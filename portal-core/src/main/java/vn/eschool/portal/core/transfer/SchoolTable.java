package vn.eschool.portal.core.transfer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One kind of a school's data as its owner declares it for export and import: a table, the rows of a school
 * ({@code owned}: an SQL condition with one {@code ?} bound to the school's id), its surrogate key and sequence
 * (rewritten on import; {@code null} for tables keyed by their references only), and the columns that refer to
 * other kinds' keys (rewritten through the {@link IdMap}; a reference to a row outside the school, e.g. a
 * district default, is kept as it is).
 */
public record SchoolTable(String name, String owned, String idColumn, String sequence, Map<String, String> references) {

    public SchoolTable {
        references = Map.copyOf(references);
    }

    /** Rows of the school itself: {@code school_id = ?}. */
    public static SchoolTable ofSchool(String name, String sequence) {
        return new SchoolTable(name, "school_id = ?", "id", sequence, Map.of("school_id", "school"));
    }

    /** Rows hanging from another kind's rows of the school, e.g. revisions of the school's content items. */
    public static SchoolTable under(String name, String column, String parent, String sequence) {
        return new SchoolTable(name, column + " IN (SELECT id FROM " + parent + " WHERE school_id = ?)",
                sequence == null ? null : "id", sequence, Map.of(column, parent));
    }

    /** The same table, referring to another kind through {@code column} as well. */
    public SchoolTable refers(String column, String table) {
        Map<String, String> more = new LinkedHashMap<>(references);
        more.put(column, table);
        return new SchoolTable(name, owned, idColumn, sequence, more);
    }

    /** The same table without a surrogate key of its own (keyed by its references). */
    public SchoolTable keyless() {
        return new SchoolTable(name, owned, null, null, references);
    }
}
