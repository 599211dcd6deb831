package vn.eschool.portal.audit.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A line of the event calendar as sent by an admin.
 *
 * @param year       only that year, or none for every year
 * @param searchText the words a news post about the event contains; the name when blank
 * @param replaces   (schools only) the district event this line replaces
 * @param cancelled  (schools only, with {@code replaces}) the school does not hold that event
 */
public record CalendarEventRequest(
        @NotBlank(message = "Tên sự kiện là bắt buộc / name is required")
        @Size(max = 200, message = "Tên sự kiện tối đa 200 ký tự / at most 200 characters") String name,
        @NotNull(message = "Tháng là bắt buộc / month is required")
        @Min(value = 1, message = "Tháng từ 1 đến 12 / month 1–12")
        @Max(value = 12, message = "Tháng từ 1 đến 12 / month 1–12") Integer month,
        @NotNull(message = "Ngày là bắt buộc / day is required")
        @Min(value = 1, message = "Ngày từ 1 đến 31 / day 1–31")
        @Max(value = 31, message = "Ngày từ 1 đến 31 / day 1–31") Integer day,
        @Min(value = 2000, message = "Năm từ 2000 đến 2100 / year 2000–2100")
        @Max(value = 2100, message = "Năm từ 2000 đến 2100 / year 2000–2100") Integer year,
        @Size(max = 200, message = "Từ khoá tối đa 200 ký tự / at most 200 characters") String searchText,
        Long replaces,
        Boolean cancelled) {

    boolean isCancellation() {
        return Boolean.TRUE.equals(cancelled);
    }

    String searchTextOrName() {
        return searchText == null || searchText.isBlank() ? name.strip() : searchText.strip();
    }
}
