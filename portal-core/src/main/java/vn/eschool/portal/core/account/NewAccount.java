package vn.eschool.portal.core.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What it takes to create an account; without a password a one-time initial password is generated. */
public record NewAccount(
        @NotBlank(message = "Tên đăng nhập là bắt buộc / username is required") String username,
        @NotBlank(message = "Họ tên là bắt buộc / full name is required")
        @Size(max = 150, message = "Họ tên tối đa 150 ký tự / at most 150 characters") String fullName,
        @NotNull(message = "Vai trò là bắt buộc / role is required") Role role,
        @Size(max = 200, message = "Mật khẩu quá dài / password too long") String password,
        @Size(max = 150) String group,
        List<@Size(max = 80) String> subjects,
        @Size(max = 150) String position,
        @Size(max = 200) String email,
        @Size(max = 50) String phone) {

    public static NewAccount of(String username, String fullName, Role role, String password) {
        return new NewAccount(username, fullName, role, password, null, null, null, null, null);
    }
}
