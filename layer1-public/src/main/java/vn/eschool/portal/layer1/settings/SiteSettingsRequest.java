package vn.eschool.portal.layer1.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The board's settings of the public site: {@code theme} one of {@link SiteTheme}'s keys, {@code menu} the keys
 * of the menu's sections in the order wanted (those left out follow).
 */
public record SiteSettingsRequest(
        @Size(max = 300, message = "Khẩu hiệu tối đa 300 ký tự. / The motto has at most 300 characters.") String motto,
        @NotBlank(message = "Hãy chọn màu giao diện. / Choose a colour theme.") String theme,
        @Size(max = 100, message = "Thực đơn tối đa 100 mục. / The menu has at most 100 entries.") List<String> menu) {
}
