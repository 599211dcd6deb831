package vn.eschool.portal.layer1.disclosure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eschool.portal.core.rest.PortalException;

/**
 * A school year of the disclosure checklist, {@code 2025–2026}. Its disclosures are due in the June before it
 * opens, so the disclosure year turns on 1 July: from then on the checklist shown is the coming year's.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern SLUG = Pattern.compile("(\\d{4})-(\\d{4})");

    public SchoolYear {
        if (startYear < 2000 || startYear > 2200) {
            throw new IllegalArgumentException("Implausible school year " + startYear);
        }
    }

    public static SchoolYear of(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
    }

    /** {@code 2025-2026} as in URLs; anything else is a clear 400. */
    public static SchoolYear parse(String slug) {
        Matcher m = slug == null ? null : SLUG.matcher(slug.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1
                || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2200) {
            throw PortalException.badRequest("invalid-school-year", "Năm học phải có dạng 2025-2026.",
                    "A school year is written 2025-2026.");
        }
        return new SchoolYear(Integer.parseInt(m.group(1)));
    }

    public String slug() {
        return startYear + "-" + (startYear + 1);
    }

    public String label() {
        return startYear + "–" + (startYear + 1);
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    /** The yearly deadline, e.g. 30 June, in the calendar year the school year opens. */
    public LocalDate due(MonthDay deadline) {
        return deadline.atYear(startYear);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return slug();
    }
}
