package vn.eschool.portal.layer1.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The public profile of one person: blank fields are not shown. {@code displayOrder} orders people of one rank. */
public record ProfileRequest(
        @Size(max = 1000, message = "Nhiệm vụ tối đa 1000 ký tự / duties have at most 1000 characters") String duties,
        @Email(message = "Email công khai không hợp lệ / the public email is not valid")
        @Size(max = 120, message = "Email tối đa 120 ký tự / at most 120 characters") String publicEmail,
        @Pattern(regexp = "^$|^\\+?[0-9 .()-]{6,30}$",
                message = "Số điện thoại chỉ gồm chữ số, dấu cách, . - ( ) / a phone number has digits, spaces, . - ( ) only")
        String publicPhone,
        @Min(value = 0, message = "Thứ tự hiển thị từ 0 đến 999 / the display order is 0 to 999")
        @Max(value = 999, message = "Thứ tự hiển thị từ 0 đến 999 / the display order is 0 to 999") int displayOrder) {
}
