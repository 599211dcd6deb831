package vn.eschool.portal.core.teaching;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eschool.portal.core.rest.PortalException;

/**
 * A school year (năm học), September to August, written "2026-2027": the one value the teaching plan, the audit,
 * the disclosures and the lesson weeks share. Where a year starts on another day (the disclosure year turns on
 * 1 July, the lesson weeks on the opening Monday), the caller decides which year a date is in.
 */
public record SchoolYear(int firstYear) implements Comparable<SchoolYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final int EARLIEST = 2000;
    private static final int LATEST = 2200;

    public static SchoolYear of(YearMonth month) {
        return new SchoolYear(month.getMonthValue() >= 9 ? month.getYear() : month.getYear() - 1);
    }

    /**
     * "2026-2027" (or with an en dash); empty when the text is not two consecutive years of this era.
     */
    public static Optional<SchoolYear> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != first + 1 || first < EARLIEST || first > LATEST) {
            return Optional.empty();
        }
        return Optional.of(new SchoolYear(first));
    }

    /** The year a request names; a missing or malformed year is a 400. */
    public static SchoolYear require(String text) {
        return parse(text).orElseThrow(() -> PortalException.badRequest("invalid-year",
                "Năm học \"" + (text == null ? "" : text.strip()) + "\" không đúng dạng (ví dụ 2026-2027).",
                "The school year \"" + (text == null ? "" : text.strip()) + "\" is not of the form 2026-2027."));
    }

    /** The year a request names, else the one {@code today} is in; a malformed year is a 400. */
    public static SchoolYear param(String text, YearMonth today) {
        return text == null || text.isBlank() ? of(today) : require(text);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(firstYear, 9);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(firstYear + 1, 8);
    }

    public boolean contains(YearMonth month) {
        return of(month).equals(this);
    }

    public SchoolYear previous() {
        return new SchoolYear(firstYear - 1);
    }

    public SchoolYear next() {
        return new SchoolYear(firstYear + 1);
    }

    /** A yearly date, e.g. the 30 June disclosure deadline, in the calendar year the school year opens. */
    public LocalDate on(MonthDay day) {
        return day.atYear(firstYear);
    }

    /** For people: "2026–2027" with an en dash. */
    public String label() {
        return firstYear + "–" + (firstYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(firstYear, other.firstYear);
    }

    /** As in URLs and parameters: "2026-2027". */
    @Override
    public String toString() {
        return firstYear + "-" + (firstYear + 1);
    }
}
