package vn.eschool.portal.layer2.staff;

import java.util.List;
import vn.eschool.portal.core.account.NewAccount;
import vn.eschool.portal.core.rest.PortalException;

/**
 * The whole file as it would be imported. All or nothing: a single row error blocks the import, so a
 * school never ends up with half its staff list and no idea which half.
 * {@code newGroups} are the professional groups the import would create (when allowed).
 */
public record StaffImportPreview(List<StaffPreviewRow> rows, List<String> newGroups) {

    public StaffImportPreview {
        rows = List.copyOf(rows);
        newGroups = List.copyOf(newGroups);
    }

    public List<RowError> errors() {
        return rows.stream().flatMap(row -> row.errors().stream()).toList();
    }

    public boolean canCommit() {
        return rows.stream().allMatch(StaffPreviewRow::valid);
    }

    /** The accounts to create; refuses while any row has an error. */
    public List<NewAccount> accountsToCreate() {
        if (!canCommit()) {
            throw PortalException.badRequest("import-has-errors",
                    "Danh sách còn " + errors().size() + " lỗi: sửa tệp rồi nhập lại.",
                    "The list still has " + errors().size() + " errors: fix the file and import it again.");
        }
        return rows.stream().map(row -> row.member().toNewAccount()).toList();
    }
}
