package vn.eschool.portal.layer1.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of one introduction section; rich text, sanitised like news bodies. */
public record IntroRequest(
        @NotBlank(message = "Nội dung là bắt buộc / body is required")
        @Size(max = 200000, message = "Nội dung quá dài / body too long") String body) {
}
