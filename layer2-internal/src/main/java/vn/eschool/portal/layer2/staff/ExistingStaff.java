package vn.eschool.portal.layer2.staff;

import java.time.LocalDate;

/** An account the school already has, against which imported rows are checked; date of birth if known. */
public record ExistingStaff(String username, String fullName, LocalDate dateOfBirth) {
}
