package vn.eschool.portal.audit.selfassessment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

/** The school's entries and evidence files, per rule set and month. */
public interface SelfAssessmentRepository {

    List<AssessmentEntry> entries(School school, String ruleSet, YearMonth month);

    Optional<AssessmentEntry> entry(School school, String ruleSet, YearMonth month, String criterionId);

    void add(AssessmentEntry entry);

    List<Evidence> evidence(School school, String ruleSet, YearMonth month);

    /** An evidence file of the school, whatever its month; empty for another school's. */
    Optional<Evidence> evidence(School school, long id);

    void add(Evidence evidence);
}
