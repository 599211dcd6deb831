package vn.eschool.portal.core.account;

import java.time.LocalDate;

/** A leave as the API shows it. */
public record LeaveView(long id, String username, String fullName, LocalDate firstDay, LocalDate lastDay,
                        LeaveReason reason, String reasonVi, String note) {

    public static LeaveView of(StaffLeave leave) {
        return new LeaveView(leave.id(), leave.account().username(), leave.account().fullName(), leave.firstDay(),
                leave.lastDay(), leave.reason(), leave.reason().labelVi(), leave.note());
    }
}
