package vn.eschool.portal.core.transfer;

import java.util.List;

/**
 * A district table a school's rows refer to (a prescribed folder, a district default of the calendar, a district
 * account): its rows are no school's, and another deployment numbers them differently. The rows a school refers to
 * travel beside the school's ({@code district/<name>.jsonl}, their id and {@code key} columns only) and are found
 * on import by their {@code key} columns among the rows that {@code districtRows} selects (an SQL condition, e.g.
 * {@code school_id IS NULL}). A row this deployment does not have refuses the archive, unless {@code missingAsNull}:
 * then references to it become NULL where their column allows it.
 */
public record DistrictTable(String name, String districtRows, List<String> key, boolean missingAsNull) {

    public DistrictTable {
        key = List.copyOf(key);
    }

    public DistrictTable(String name, String districtRows, List<String> key) {
        this(name, districtRows, key, false);
    }

    /** The same table, whose rows missing here leave the references to them NULL instead of refusing the archive. */
    public DistrictTable nullWhereMissing() {
        return new DistrictTable(name, districtRows, key, true);
    }

    String entry() {
        return "district/" + name + ".jsonl";
    }
}
