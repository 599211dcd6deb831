package vn.eschool.portal.audit.rules;

import java.time.Month;
import java.util.Set;

/**
 * 2018 guidance: "Mỗi học kỳ, mỗi GV có ít nhất 1 bài giảng sử dụng từ 2 đến 3 phần mềm đặc thù".
 * A semester can only be judged when it ends, so the rule is checked in the listed months only. The index knows
 * the programs named on each lecture but counts them per teacher, so the portal measures the different
 * specialised programs a teacher's e-lectures of the semester name (at least
 * {@code minimumProgramsInOneLecture}), not the programs of one single lecture.
 */
public record SemesterRule(String clause, int minimumProgramsInOneLecture, Set<Month> checkedInMonths) {

    public SemesterRule {
        checkedInMonths = Set.copyOf(checkedInMonths);
    }
}
