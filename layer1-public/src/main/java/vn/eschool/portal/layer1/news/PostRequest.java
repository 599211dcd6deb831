package vn.eschool.portal.layer1.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A post as an editor writes it; the body is rich text, sanitised before it is stored. */
public record PostRequest(
        @NotNull(message = "Hãy chọn chuyên mục / choose a category") Long categoryId,
        @NotBlank(message = "Tiêu đề là bắt buộc / title is required")
        @Size(max = 300, message = "Tiêu đề tối đa 300 ký tự / at most 300 characters") String title,
        @Size(max = 1000, message = "Tóm tắt tối đa 1000 ký tự / at most 1000 characters") String summary,
        @Size(max = 200000, message = "Nội dung quá dài / body too long") String body,
        Long coverFileId,
        @Size(max = 10, message = "Tối đa 10 thẻ / at most 10 tags")
        List<@NotBlank @Size(max = 40, message = "Thẻ tối đa 40 ký tự / a tag has at most 40 characters") String> tags) {
}
