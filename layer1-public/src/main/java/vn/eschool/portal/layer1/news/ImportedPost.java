package vn.eschool.portal.layer1.news;

import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.files.Attachment;

/**
 * A post brought from an older portal: its state in this portal's workflow ({@code PUBLISHED} with a later
 * {@code publishedAt} is scheduled), its original dates, and its cover when one was found.
 */
public record ImportedPost(String title, String summary, String body, ContentStatus status, OffsetDateTime date,
                           OffsetDateTime modified, List<String> tags, Attachment cover, String note) {
}
