package vn.eschool.portal.audit.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.eschool.portal.audit.scoring.ClassSubjectCoverage;
import vn.eschool.portal.audit.scoring.CriterionResult;
import vn.eschool.portal.audit.service.SchoolAuditReport;

/**
 * The learning-materials coverage (II.2.2) as the record and the workbook print it: one row per class and subject,
 * one column per school week, "x" for a week with material. Pure.
 */
record CoverageGrid(String criterion, List<String> header, List<List<String>> rows) {

    static final String COVERED = "x";
    static final String UNCOVERED = "–";

    /** The audit's criterion with coverage (II.2.2), if it has one. */
    static Optional<CoverageGrid> of(SchoolAuditReport audit) {
        return audit.criteria().stream().filter(c -> !c.coverage().isEmpty()).findFirst().map(CoverageGrid::of);
    }

    private static CoverageGrid of(CriterionResult criterion) {
        SortedSet<Integer> weeks = criterion.coverage().stream().flatMap(pair -> pair.weeks().stream())
                .map(ClassSubjectCoverage.Week::number).collect(Collectors.toCollection(TreeSet::new));
        List<String> header = new ArrayList<>(List.of("Lớp", "Môn", "Có học liệu"));
        weeks.forEach(week -> header.add("Tuần " + week));
        List<List<String>> rows = criterion.coverage().stream().map(pair -> {
            List<String> row = new ArrayList<>(List.of(pair.className(), pair.subject(), pair.covered() ? "có" : "chưa có"));
            weeks.forEach(week -> row.add(pair.weeks().contains(new ClassSubjectCoverage.Week(week, true)) ? COVERED : UNCOVERED));
            return List.copyOf(row);
        }).toList();
        return new CoverageGrid(criterion.id(), List.copyOf(header), rows);
    }

    int weeks() {
        return header.size() - 3;
    }
}
