package vn.eschool.portal.core.transfer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One kind of a school's data as its owner declares it for export and import: a table, the rows of a school
 * ({@code owned}: an SQL condition with one {@code ?} bound to the school's id), its surrogate key and sequence
 * (rewritten on import; {@code null} for tables keyed by their references only), and the columns that refer to
 * other kinds' keys (rewritten through the {@link IdMap}; a reference to a district's row is mapped by the row's
 * key when a {@link DistrictTable} declares its table, else kept as it is), and the text columns that name the
 * school by its code (a stored JSON snapshot: the code and the school's addresses in it are rewritten on import).
 */
public record SchoolTable(String name, String owned, String idColumn, String sequence, Map<String, String> references,
                          Set<String> codeTexts) {

    public SchoolTable {
        references = Map.copyOf(references);
        codeTexts = Set.copyOf(codeTexts);
    }

    public SchoolTable(String name, String owned, String idColumn, String sequence, Map<String, String> references) {
        this(name, owned, idColumn, sequence, references, Set.of());
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
        return new SchoolTable(name, owned, idColumn, sequence, more, codeTexts);
    }

    /** The same table without a surrogate key of its own (keyed by its references). */
    public SchoolTable keyless() {
        return new SchoolTable(name, owned, null, null, references, codeTexts);
    }

    /** The same table, whose {@code column} holds a text naming the school by its code, e.g. a report's snapshot. */
    public SchoolTable namesCodeIn(String column) {
        Set<String> more = new HashSet<>(codeTexts);
        more.add(column);
        return new SchoolTable(name, owned, idColumn, sequence, references, more);
    }
}
