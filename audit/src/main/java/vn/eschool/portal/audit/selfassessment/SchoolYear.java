package vn.eschool.portal.audit.selfassessment;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eschool.portal.audit.input.AuditMonth;

/** A school year (năm học), September to August, written "2026-2027". */
public record SchoolYear(int firstYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    public static SchoolYear of(YearMonth month) {
        return new SchoolYear(new AuditMonth(month).schoolYearStart().getYear());
    }

    /** "2026-2027" (or with an en dash); empty when the text is not two consecutive years. */
    public static java.util.Optional<SchoolYear> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SchoolYear(Integer.parseInt(matcher.group(1))));
    }

    public boolean contains(YearMonth month) {
        return of(month).equals(this);
    }

    @Override
    public String toString() {
        return firstYear + "-" + (firstYear + 1);
    }
}
