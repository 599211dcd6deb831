package vn.eschool.portal.audit.scoring;

/** Where a criterion's score in the self-assessment comes from. */
public enum ScoreSource {
    /** Computed by the audit engine. */
    PORTAL,
    /** Entered by the school with evidence. */
    SCHOOL,
    /** Not entered yet; counts as 0. */
    NOT_ENTERED
}
