package vn.eschool.portal.layer1.news;

import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.school.School;

/** News posts of a school (content items of type NEWS) with their revisions and workflow log. */
public interface PostRepository {

    Optional<ContentItem> find(School school, long id);

    /** Every post in any state, newest first; {@code status} null for all, {@code authorId} null for anyone's. */
    List<ContentItem> list(School school, ContentStatus status, Long authorId, int offset, int limit);

    ContentItem add(ContentItem post);

    int lastRevisionNumber(ContentItem post);

    List<PostRevision> revisions(ContentItem post);

    Optional<PostRevision> revision(ContentItem post, int number);

    void add(PostRevision revision);

    List<WorkflowEvent> events(ContentItem post);

    void add(WorkflowEvent event);
}
