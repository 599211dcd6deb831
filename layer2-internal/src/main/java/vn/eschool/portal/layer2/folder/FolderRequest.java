package vn.eschool.portal.layer2.folder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new folder (inside {@code parentId} when given) or a new name for one. */
public record FolderRequest(
        @NotBlank(message = "Tên ngăn thư mục là bắt buộc / name is required")
        @Size(max = 150, message = "Tên ngăn thư mục tối đa 150 ký tự / at most 150 characters") String name,
        Long parentId) {
}
