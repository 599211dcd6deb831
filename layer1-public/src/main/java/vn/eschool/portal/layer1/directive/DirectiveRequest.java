package vn.eschool.portal.layer1.directive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A directive document from any level (văn bản chỉ đạo các cấp); the file is uploaded first via the files API.
 * That the issue date is not in the future is checked by the service in the school's time zone, not the server's.
 */
public record DirectiveRequest(
        @NotBlank(message = "Số, ký hiệu văn bản là bắt buộc / number is required")
        @Size(max = 60, message = "Số, ký hiệu tối đa 60 ký tự / at most 60 characters") String number,
        @NotBlank(message = "Loại văn bản là bắt buộc / type is required")
        @Size(max = 60, message = "Loại văn bản tối đa 60 ký tự / at most 60 characters") String documentType,
        @NotBlank(message = "Cơ quan ban hành là bắt buộc / issuer is required")
        @Size(max = 200, message = "Cơ quan ban hành tối đa 200 ký tự / at most 200 characters") String issuer,
        @NotNull(message = "Ngày ban hành là bắt buộc / issue date is required") LocalDate issueDate,
        @NotBlank(message = "Trích yếu là bắt buộc / title is required")
        @Size(max = 300, message = "Trích yếu tối đa 300 ký tự / at most 300 characters") String title,
        @Size(max = 1000, message = "Tóm tắt tối đa 1000 ký tự / at most 1000 characters") String summary,
        @NotNull(message = "Hãy đính kèm tệp văn bản / attach the document file") Long fileId) {
}
