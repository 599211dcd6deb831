package vn.eschool.portal.layer1.album;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A photo's caption: its title, its alternative text, and what search finds it by. */
public record CaptionRequest(
        @NotBlank(message = "Chú thích ảnh là bắt buộc / the caption is required")
        @Size(max = 300, message = "Chú thích tối đa 300 ký tự / at most 300 characters") String caption) {
}
