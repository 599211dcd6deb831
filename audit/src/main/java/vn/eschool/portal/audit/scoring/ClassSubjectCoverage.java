package vn.eschool.portal.audit.scoring;

import java.util.List;

/** One required class and subject of II.2.2 in the month: whether it has material, and in which school weeks. */
public record ClassSubjectCoverage(String className, String subject, boolean covered, List<Integer> weeks) {

    public ClassSubjectCoverage {
        weeks = List.copyOf(weeks);
    }
}
