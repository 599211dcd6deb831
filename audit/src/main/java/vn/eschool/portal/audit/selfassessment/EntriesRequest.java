package vn.eschool.portal.audit.selfassessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Scores the board enters or changes; criteria not named keep what they had. */
public record EntriesRequest(
        @NotNull(message = "Danh sách điểm là bắt buộc / entries are required")
        @Size(max = 100, message = "Tối đa 100 tiêu chí mỗi lần / at most 100 entries") List<@Valid @NotNull Entry> entries) {

    /** @param comment what the board found, and where the evidence is */
    public record Entry(
            @NotBlank(message = "Mã tiêu chí là bắt buộc / criterion is required")
            @Size(max = 20, message = "Mã tiêu chí tối đa 20 ký tự / at most 20 characters") String criterion,
            @NotNull(message = "Điểm là bắt buộc / score is required") Double score,
            @Size(max = 2000, message = "Nhận xét tối đa 2000 ký tự / comment: at most 2000 characters") String comment) {
    }
}
