package vn.eschool.portal.audit.scoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The audit of the criteria the portal measures, for one school and month. */
public record AuditResult(
        String ruleSetId,
        YearMonth month,
        List<CriterionResult> criteria,
        double totalScore,
        double maxTotal) {

    public AuditResult {
        criteria = List.copyOf(criteria);
    }

    public Optional<CriterionResult> criterion(String id) {
        return criteria.stream().filter(criterion -> criterion.id().equals(id)).findFirst();
    }

    public List<Finding> findings() {
        return criteria.stream().flatMap(criterion -> criterion.findings().stream()).toList();
    }

    /** The findings about one teacher, across criteria. */
    public List<Finding> findingsForTeacher(String username) {
        return findings().stream()
                .filter(finding -> finding.kind() == SubjectKind.TEACHER && finding.subject().equals(username))
                .toList();
    }

    /** Teachers with findings, by username, in the order the criteria report them. */
    public Map<String, List<Finding>> findingsByTeacher() {
        Map<String, List<Finding>> byTeacher = new LinkedHashMap<>();
        findings().stream()
                .filter(finding -> finding.kind() == SubjectKind.TEACHER)
                .forEach(finding -> byTeacher.computeIfAbsent(finding.subject(), username -> new ArrayList<>()).add(finding));
        byTeacher.replaceAll((username, findings) -> List.copyOf(findings));
        return byTeacher;
    }
}
