package vn.eschool.portal.core.transfer;

import java.util.List;

/**
 * A district table a school's rows refer to (a prescribed folder, a district default of the calendar): its rows
 * are no school's, and another deployment numbers them differently. The rows a school refers to travel beside the
 * school's ({@code district/<name>.jsonl}) and are found on import by their {@code key} columns among the rows that
 * {@code districtRows} selects (an SQL condition, e.g. {@code school_id IS NULL}).
 */
public record DistrictTable(String name, String districtRows, List<String> key) {

    public DistrictTable {
        key = List.copyOf(key);
    }

    String entry() {
        return "district/" + name + ".jsonl";
    }
}
