package vn.eschool.portal.layer1.album;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An album of one activity; {@code coverPhotoId} (on update) picks one of its photos as the cover. */
public record AlbumRequest(
        @NotBlank(message = "Tên album là bắt buộc / title is required")
        @Size(max = 140, message = "Tên album tối đa 140 ký tự / at most 140 characters") String title,
        @NotNull(message = "Ngày diễn ra hoạt động là bắt buộc / the activity date is required")
        @PastOrPresent(message = "Ngày hoạt động không ở tương lai / the activity date is not in the future")
        LocalDate activityDate,
        @Size(max = 2000, message = "Mô tả tối đa 2000 ký tự / at most 2000 characters") String description,
        Long coverPhotoId) {
}
