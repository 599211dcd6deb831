package vn.eschool.portal.audit.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import vn.eschool.portal.audit.scoring.CriterionResult;
import vn.eschool.portal.audit.scoring.Finding;
import vn.eschool.portal.audit.scoring.Signal;

/**
 * One school's audit for one month: the per-teacher table and the measured criteria.
 *
 * @param notMeasured signals no plugin provides; the criteria report them instead of scoring them
 * @param inSession   false for a month without a teaching day (summer): nothing is deducted
 * @param leaves      the staff's leaves overlapping the month, printed in the record; a person on leave for more
 *                    than half of the month's teaching days is not among its teachers
 */
public record SchoolAuditReport(
        String school,
        String schoolName,
        YearMonth month,
        String ruleSet,
        String decision,
        List<TeacherRow> teachers,
        List<CriterionResult> criteria,
        double totalScore,
        double maxTotal,
        Set<Signal> notMeasured,
        boolean inSession,
        List<LeaveLine> leaves) {

    public SchoolAuditReport {
        teachers = List.copyOf(teachers);
        leaves = List.copyOf(leaves);
    }

    /** A month in session without any leave. */
    public SchoolAuditReport(String school, String schoolName, YearMonth month, String ruleSet, String decision,
                             List<TeacherRow> teachers, List<CriterionResult> criteria, double totalScore,
                             double maxTotal, Set<Signal> notMeasured) {
        this(school, schoolName, month, ruleSet, decision, teachers, criteria, totalScore, maxTotal, notMeasured,
                true, List.of());
    }

    /** A leave: who, from when to when, why; {@code exempt} when it excuses the person for the month. */
    public record LeaveLine(String username, String name, LocalDate firstDay, LocalDate lastDay, String reasonVi,
                            boolean exempt) {
    }

    /**
     * @param posts        published items other than e-lectures in the month
     * @param layer2Visits null when nothing measures Layer 2 visits
     */
    public record TeacherRow(String username, String name, String group, long posts, int lectures,
                             int lecturesWithSoftware, int logins, Integer layer2Visits, List<Finding> findings) {
    }
}
