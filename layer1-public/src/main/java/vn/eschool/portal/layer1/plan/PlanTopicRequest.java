package vn.eschool.portal.layer1.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A topic of the month's plan: the writer is an editor or board member's username; {@code postId} fulfils it. */
public record PlanTopicRequest(
        @NotNull(message = "Tháng của kế hoạch là bắt buộc / the month is required")
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "Tháng có dạng YYYY-MM / the month is YYYY-MM")
        String month,
        @NotBlank(message = "Chủ đề là bắt buộc / the topic is required")
        @Size(max = 300, message = "Chủ đề tối đa 300 ký tự / at most 300 characters") String topic,
        @NotBlank(message = "Người viết là bắt buộc / the writer is required")
        @Size(max = 60, message = "Tên đăng nhập tối đa 60 ký tự / at most 60 characters") String writer,
        @NotNull(message = "Hạn nộp là bắt buộc / the deadline is required") LocalDate deadline,
        Long postId) {
}
