package vn.eschool.portal.layer1.disclosure;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new version of a disclosure item: a text, a file uploaded first via the files API, or both. {@code changedOn}:
 * the day the facts changed (an update is due within 10 working days of it); {@code note}: what changed.
 */
public record DisclosureRequest(
        @Size(max = 20000, message = "Nội dung tối đa 20000 ký tự / at most 20000 characters") String text,
        Long fileId,
        LocalDate changedOn,
        @Size(max = 500, message = "Ghi chú tối đa 500 ký tự / at most 500 characters") String note) {
}
