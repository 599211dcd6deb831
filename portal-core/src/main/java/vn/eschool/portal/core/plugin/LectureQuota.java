package vn.eschool.portal.core.plugin;

import java.time.YearMonth;
import vn.eschool.portal.core.school.School;

/**
 * How many e-lectures a teacher of {@code school} must upload in {@code month}: the rule set in force decides
 * (the audit plugin implements this as a CDI bean); Layer 2 asks it to show each teacher their progress.
 */
public interface LectureQuota {

    int lecturesPerMonth(School school, YearMonth month);
}
