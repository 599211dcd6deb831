package vn.eschool.portal.audit.selfassessment;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.eschool.portal.core.files.Attachment;

/** The criteria a school scores itself for one month, with what it entered and its evidence files. */
public record SelfAssessmentSheet(String school, String schoolYear, YearMonth month, String ruleSet, List<Line> criteria) {

    /** One criterion; {@code score} is null until the board enters it. */
    public record Line(String id, String titleVi, double maxPoints, Double score, String comment, String updatedBy,
                       OffsetDateTime updatedAt, List<EvidenceView> evidence) {
    }

    public record EvidenceView(long id, String criterion, String filename, String mediaType, long size, OffsetDateTime uploadedAt) {

        static EvidenceView of(Evidence evidence) {
            Attachment file = evidence.attachment();
            return new EvidenceView(evidence.id(), evidence.criterionId(), file.filename(), file.mediaType(), file.sizeBytes(),
                    evidence.uploadedAt());
        }
    }
}
