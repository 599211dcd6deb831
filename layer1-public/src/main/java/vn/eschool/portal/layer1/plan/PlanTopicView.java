package vn.eschool.portal.layer1.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A topic as the board sees it, with its progress; {@code postUrl} opens the post that fulfils it. */
public record PlanTopicView(long id, String month, String topic, String writer, String writerName,
                            LocalDate deadline, String deadlineVi, Long postId, String postTitle, String postUrl,
                            PlanProgress progress, String progressVi, String progressEn) {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static PlanTopicView of(PlanTopic t, PlanProgress progress) {
        var post = t.post();
        return new PlanTopicView(t.id(), t.month().toString(), t.topic(), t.writer().username(),
                t.writer().fullName(), t.deadline(), VI_DATE.format(t.deadline()), post == null ? null : post.id(),
                post == null ? null : post.title(),
                post == null ? null : "/schools/" + t.school().code() + "/bai-viet/" + post.id(), progress,
                progress.labelVi(), progress.labelEn());
    }
}
