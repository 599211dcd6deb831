package vn.eschool.portal.audit.service;

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
        Set<Signal> notMeasured) {

    /**
     * @param posts        published items other than e-lectures in the month
     * @param layer2Visits null when nothing measures Layer 2 visits
     */
    public record TeacherRow(String username, String name, String group, long posts, int lectures,
                             int lecturesWithSoftware, int logins, Integer layer2Visits, List<Finding> findings) {
    }
}
