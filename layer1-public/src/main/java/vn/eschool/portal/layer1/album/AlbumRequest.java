package vn.eschool.portal.layer1.album;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An album of one activity; {@code coverPhotoId} (on update) picks one of its photos as the cover. That the date
 * is not in the future is checked by the service in the school's time zone, not the server's.
 */
public record AlbumRequest(
        @NotBlank(message = "Tên album là bắt buộc / title is required")
        @Size(max = 140, message = "Tên album tối đa 140 ký tự / at most 140 characters") String title,
        @NotNull(message = "Ngày diễn ra hoạt động là bắt buộc / the activity date is required")
        LocalDate activityDate,
        @Size(max = 2000, message = "Mô tả tối đa 2000 ký tự / at most 2000 characters") String description,
        Long coverPhotoId) {
}
