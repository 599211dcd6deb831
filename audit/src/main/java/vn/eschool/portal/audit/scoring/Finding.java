package vn.eschool.portal.audit.scoring;

/**
 * One shortcoming found by the audit.
 *
 * @param subject   the teacher's username, the class and subject, the section id, the event name...
 * @param messageVi what is wrong, in Vietnamese, for the school
 * @param clause    the criterion id and the clause of the decision it comes from
 * @param deducts   false for shortcomings the decision names without a deduction
 */
public record Finding(SubjectKind kind, String subject, String messageVi, String clause, boolean deducts) {
}
