package vn.eschool.portal.layer2.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an import is checked against: the school's accounts (disabled ones too: their usernames stay
 * taken), its professional groups ({@code null} to accept any), whether unknown groups may be created,
 * the row limit, and today's date for plausible dates of birth.
 */
public record StaffImportContext(List<ExistingStaff> existingStaff, Set<String> knownGroups,
                                 boolean createMissingGroups, int maxRows, LocalDate today) {

    public static final int DEFAULT_MAX_ROWS = 2_000;

    public StaffImportContext {
        existingStaff = List.copyOf(existingStaff);
        knownGroups = knownGroups == null ? null : Set.copyOf(knownGroups);
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
    }

    /** Strict defaults: groups must exist, at most {@value #DEFAULT_MAX_ROWS} rows. */
    public static StaffImportContext of(List<ExistingStaff> existingStaff, Set<String> knownGroups, LocalDate today) {
        return new StaffImportContext(existingStaff, knownGroups, false, DEFAULT_MAX_ROWS, today);
    }
}
