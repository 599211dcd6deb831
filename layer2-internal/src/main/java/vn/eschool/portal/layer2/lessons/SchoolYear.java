package vn.eschool.portal.layer2.lessons;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year, written the Vietnamese way: "2026-2027" (năm học 2026-2027). */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

    public static SchoolYear parse(String label) {
        Matcher matcher = label == null ? null : LABEL.matcher(label.trim());
        if (matcher == null || !matcher.matches()
                || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new IllegalArgumentException("Not a school year like 2026-2027: " + label);
        }
        return new SchoolYear(Integer.parseInt(matcher.group(1)));
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
