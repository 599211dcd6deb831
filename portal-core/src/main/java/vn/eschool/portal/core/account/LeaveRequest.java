package vn.eschool.portal.core.account;

import jakarta.validation.constraints.Size;

/** A leave to record: days as YYYY-MM-DD, both included. */
public record LeaveRequest(
        @Size(max = 10) String firstDay,
        @Size(max = 10) String lastDay,
        LeaveReason reason,
        @Size(max = 300, message = "Ghi chú tối đa 300 ký tự / at most 300 characters") String note) {
}
