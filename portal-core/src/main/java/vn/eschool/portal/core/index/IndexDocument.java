package vn.eschool.portal.core.index;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.Visibility;

/**
 * What the index knows of one content item of any plugin (post, page, document, lecture, photo caption,
 * question): the searchable text and the facts the audit counts by. Optional facts are {@code null}.
 *
 * @param date the item's effective date ({@code ContentItem#effectiveDate}); its month in Asia/Ho_Chi_Minh is
 *             what the audit counts it under
 */
public record IndexDocument(long id, String school, String type, String category, String title, String body,
                            String attachmentText, Long authorId, String authorUsername, String subjectGroup,
                            String subject, String grade, String className, Integer week, List<String> software,
                            ContentStatus status, Visibility visibility, OffsetDateTime date) {

    public IndexDocument {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        software = software == null ? List.of() : List.copyOf(software);
    }
}
