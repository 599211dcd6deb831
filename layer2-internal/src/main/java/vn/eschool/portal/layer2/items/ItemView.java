package vn.eschool.portal.layer2.items;

import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.content.ContentItem;

/**
 * An internal item as staff see it; {@code fileUrl} downloads its attachment through the files API; {@code subject}
 * and {@code className} when it is learning material of a class.
 */
public record ItemView(long id, long folderId, String folder, String type, String title, String summary, String body,
                       String author, String authorName, AudienceKind audience, String audienceVi, String group,
                       List<String> people, Long attachmentId, String fileName, String fileUrl,
                       OffsetDateTime publishedAt, String subject, String className) {

    public static ItemView of(Filing f) {
        ContentItem c = f.item();
        var file = c.attachment();
        return new ItemView(c.id(), f.folder().id(), f.folder().name(), c.type(), c.title(), c.summary(), c.body(),
                c.author() == null ? null : c.author().username(), c.author() == null ? null : c.author().fullName(),
                f.audience().kind(), f.audience().kind().labelVi(),
                f.audienceGroup() == null ? null : f.audienceGroup().name(),
                f.people().stream().map(a -> a.username()).sorted().toList(),
                file == null ? null : file.id(), file == null ? null : file.filename(),
                file == null ? null : "/api/v1/schools/" + c.school().code() + "/files/" + file.id(), c.publishedAt(),
                c.lectureFacts().subject(), c.lectureFacts().className());
    }
}
