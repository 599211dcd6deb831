package vn.eschool.portal.core.index;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ItemAudience;
import vn.eschool.portal.core.content.Visibility;

/**
 * What the index knows of one content item of any plugin (post, page, document, lecture, photo caption,
 * question): the searchable text and the facts the audit counts by. Optional facts are {@code null}.
 *
 * @param date        the item's effective date ({@code ContentItem#effectiveDate}); its month in Asia/Ho_Chi_Minh
 *                    is what the audit counts it under
 * @param audience    who among the staff may see it when it is internal
 * @param visibleFrom when it is shown ({@code ContentItem#visibleFrom}): searches leave it out before
 */
public record IndexDocument(long id, String school, String type, String category, String title, String body,
                            String attachmentText, Long authorId, String authorUsername, String subjectGroup,
                            String subject, String grade, String className, Integer week, List<String> software,
                            ContentStatus status, Visibility visibility, OffsetDateTime date,
                            ItemAudience audience, OffsetDateTime visibleFrom) {

    public IndexDocument {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        software = software == null ? List.of() : List.copyOf(software);
        audience = audience == null ? ItemAudience.allStaff() : audience;
        visibleFrom = visibleFrom == null ? date : visibleFrom;
    }

    /** An item addressed to all staff when internal, shown from its effective date. */
    public IndexDocument(long id, String school, String type, String category, String title, String body,
                         String attachmentText, Long authorId, String authorUsername, String subjectGroup,
                         String subject, String grade, String className, Integer week, List<String> software,
                         ContentStatus status, Visibility visibility, OffsetDateTime date) {
        this(id, school, type, category, title, body, attachmentText, authorId, authorUsername, subjectGroup, subject,
                grade, className, week, software, status, visibility, date, null, null);
    }
}
