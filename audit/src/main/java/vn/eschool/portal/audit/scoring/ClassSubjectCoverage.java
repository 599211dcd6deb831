package vn.eschool.portal.audit.scoring;

import java.util.List;

/**
 * One required class and subject of II.2.2 in the month: whether it has material, and every school week of the
 * month (and any other week its material names) with whether the pair got material that week.
 */
public record ClassSubjectCoverage(String className, String subject, boolean covered, List<Week> weeks) {

    /** Week {@code number} of the school year (as lesson repositories file it). */
    public record Week(int number, boolean covered) {
    }

    public ClassSubjectCoverage {
        weeks = List.copyOf(weeks);
    }
}
