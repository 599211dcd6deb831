package vn.eschool.portal.layer2.lessons;

import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.config.SchoolMonth;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.LectureFacts;

/**
 * An e-lecture as listed: who made it, their group, what with, for which class and week; {@code uploadedAt} is
 * when it arrived here (the server's time) and {@code countedOn} the day it counts for (an earlier day an admin
 * gave, else its publication); {@code uploadedBy} who uploaded it when not its author; {@code month} is the month
 * it counts for. {@code duplicate}: this upload was a lecture already there.
 */
public record LectureView(long id, String title, String author, String authorName, String group, String subject,
                          Integer grade, String className, Integer week, String schoolYear, List<String> software,
                          Long fileId, String fileName, String fileUrl, Long size, OffsetDateTime uploadedAt,
                          OffsetDateTime originalDate, String month, boolean duplicate, OffsetDateTime countedOn,
                          String uploadedBy) {

    static final String SCHOOL_YEAR = "schoolYear";

    public static LectureView of(ContentItem c, boolean duplicate) {
        LectureFacts facts = c.lectureFacts();
        var file = c.attachment();
        var author = c.author();
        return new LectureView(c.id(), c.title(), author == null ? null : author.username(),
                author == null ? null : author.fullName(),
                author == null || author.group() == null ? null : author.group().name(), facts.subject(),
                facts.grade(), facts.className(), facts.week(), c.attributes().get(SCHOOL_YEAR), facts.software(), file == null ? null : file.id(),
                file == null ? null : file.filename(),
                file == null ? null : "/api/v1/schools/" + c.school().code() + "/files/" + file.id(),
                file == null ? null : file.sizeBytes(), c.createdAt(), c.originalDate(),
                SchoolMonth.of(c.effectiveDate()).toString(), duplicate, c.effectiveDate(),
                c.uploadedBy() == null || (author != null && c.uploadedBy().id().equals(author.id())) ? null
                        : c.uploadedBy().username());
    }
}
