package vn.eschool.portal.layer1.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new or changed category; without an order it goes last. */
public record CategoryRequest(
        @NotBlank(message = "Tên chuyên mục là bắt buộc / name is required")
        @Size(max = 150, message = "Tên chuyên mục tối đa 150 ký tự / at most 150 characters") String name,
        @NotNull(message = "Loại chuyên mục là bắt buộc / kind is required") CategoryKind kind,
        @Min(value = 0, message = "Thứ tự không âm / order is not negative")
        @Max(value = 100000, message = "Thứ tự quá lớn / order too large") Integer order) {
}
