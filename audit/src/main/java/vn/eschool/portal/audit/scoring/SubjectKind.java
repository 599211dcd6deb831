package vn.eschool.portal.audit.scoring;

/** What a finding is about, so a report can group findings (e.g. per teacher). */
public enum SubjectKind {
    TEACHER,
    CLASS_SUBJECT,
    SECTION,
    NEWS_CATEGORY,
    EVENT,
    ALBUM,
    FOLDER,
    GROUP_REPOSITORY,
    /** A month whose monthly report is missing. */
    REPORT,
    /** An administration account of the portal. */
    ACCOUNT,
    /** Data the portal could not measure ({@link Signal}). */
    NOT_MEASURED
}
