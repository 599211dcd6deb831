package vn.eschool.portal.layer1.news;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;

/** A post as the API shows it; {@code history} only in the detailed view for editors. */
public record PostView(long id, String category, String title, String summary, String body, ContentStatus status,
                       String statusVi, boolean scheduled, String author, OffsetDateTime createdAt,
                       OffsetDateTime publishedAt, Long coverFileId, List<String> tags, List<EventView> history) {

    public record EventView(String action, String actionVi, ContentStatus from, ContentStatus to, String actor,
                            String note, OffsetDateTime at) {
        static EventView of(WorkflowEvent e) {
            return new EventView(e.action().name(), e.action().labelVi(), e.fromStatus(), e.toStatus(),
                    e.actor().fullName(), e.note(), e.happenedAt());
        }
    }

    public record RevisionView(int number, String category, String title, String summary, String body,
                               String author, OffsetDateTime createdAt) {
        static RevisionView of(PostRevision r) {
            return new RevisionView(r.number(), r.category(), r.title(), r.summary(), r.body(),
                    r.author() == null ? null : r.author().fullName(), r.createdAt());
        }
    }

    public static PostView of(ContentItem c, OffsetDateTime now, List<WorkflowEvent> history) {
        return new PostView(c.id(), c.category(), c.title(), c.summary(), c.body(), c.status(),
                EditorialWorkflow.labelVi(c.status()), PostService.isScheduled(c, now),
                c.author() == null ? null : c.author().fullName(), c.createdAt(), c.publishedAt(),
                c.attachment() == null ? null : c.attachment().id(), tagsOf(c),
                history == null ? null : history.stream().map(EventView::of).toList());
    }

    /** A post's tags (thẻ), as the editor typed them. */
    public static List<String> tagsOf(ContentItem c) {
        String tags = c.attributes().get(PostService.TAGS);
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isBlank()).toList();
    }
}
