package vn.eschool.portal.audit.rules;

/**
 * How the portal measures one criterion from its own content and logs. The kind, not the
 * criterion id, selects the scoring, so a later decision may renumber criteria in data alone.
 */
public sealed interface Measure
        permits LectureQuotaMeasure, LearningMaterialsMeasure, PublicSiteMeasure, InternalSiteMeasure,
        MonthlyReportsMeasure, AdminAccountsMeasure {

    /** The {@code kind} written in the rule-set file. */
    String kind();
}
