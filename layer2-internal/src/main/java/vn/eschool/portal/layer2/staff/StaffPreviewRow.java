package vn.eschool.portal.layer2.staff;

import java.util.List;

/** One row of the preview: what was understood, whether the username was suggested, and its errors. */
public record StaffPreviewRow(int row, StaffMember member, boolean usernameSuggested, List<RowError> errors) {

    public StaffPreviewRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
