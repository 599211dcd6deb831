package vn.eschool.portal.layer2.items;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Internal news or an internal management document (văn bản điều hành). {@code type} is INTERNAL_NEWS or
 * INTERNAL_DOCUMENT (the default); the audience is everyone unless a {@code group} or {@code people}
 * (usernames) is named; the file is an {@code attachmentId} from the files API or a multipart part. A document
 * naming a {@code subject} and {@code className} of the teaching plan is learning material (II.2.2); in a lesson
 * repository it must name them.
 */
public record ItemRequest(
        @Size(max = 40) String type,
        @NotBlank(message = "Tiêu đề là bắt buộc / title is required")
        @Size(max = 300, message = "Tiêu đề tối đa 300 ký tự / at most 300 characters") String title,
        @Size(max = 1000, message = "Tóm tắt tối đa 1000 ký tự / at most 1000 characters") String summary,
        @Size(max = 100000, message = "Nội dung tối đa 100000 ký tự / at most 100000 characters") String body,
        Long attachmentId,
        AudienceKind audience,
        @Size(max = 150) String group,
        List<@Size(max = 60) String> people,
        @Size(max = 80, message = "Môn học tối đa 80 ký tự / at most 80 characters") String subject,
        @Size(max = 20, message = "Lớp tối đa 20 ký tự / at most 20 characters") String className) {
}
