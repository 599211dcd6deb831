package vn.eschool.portal.core.teaching;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eschool.portal.core.rest.PortalException;

/** A school year (năm học), September to August, written "2026-2027". */
public record SchoolYear(int firstYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    public static SchoolYear of(YearMonth month) {
        return new SchoolYear(month.getMonthValue() >= 9 ? month.getYear() : month.getYear() - 1);
    }

    /** "2026-2027" (or with an en dash); empty when the text is not two consecutive years. */
    public static Optional<SchoolYear> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            return Optional.empty();
        }
        return Optional.of(new SchoolYear(Integer.parseInt(matcher.group(1))));
    }

    /** The year a request names, else the one {@code today} is in; a malformed year is a 400. */
    public static SchoolYear param(String text, YearMonth today) {
        if (text == null || text.isBlank()) {
            return of(today);
        }
        return parse(text).orElseThrow(() -> PortalException.badRequest("invalid-year",
                "Năm học \"" + text.strip() + "\" không đúng dạng (ví dụ 2026-2027).",
                "The school year \"" + text.strip() + "\" is not of the form 2026-2027."));
    }

    public YearMonth firstMonth() {
        return YearMonth.of(firstYear, 9);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(firstYear + 1, 8);
    }

    @Override
    public String toString() {
        return firstYear + "-" + (firstYear + 1);
    }
}
