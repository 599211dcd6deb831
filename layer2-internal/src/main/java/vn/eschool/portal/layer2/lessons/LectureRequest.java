package vn.eschool.portal.layer2.lessons;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The fields of an e-lecture upload. {@code week} defaults to the school week of the upload (or original) date;
 * {@code author} and {@code countedOn} (the day the lecture counts for, when earlier than today: a file handed in
 * late, migrated history) are for admins, uploading for a teacher; the upload's own time is always the server's.
 */
public record LectureRequest(
        @Size(max = 250, message = "Tên bài giảng tối đa 250 ký tự / at most 250 characters") String title,
        @NotBlank(message = "Môn học là bắt buộc / subject is required")
        @Size(max = 80, message = "Môn học tối đa 80 ký tự / at most 80 characters") String subject,
        @NotNull(message = "Khối lớp là bắt buộc (1–12) / grade is required (1–12)")
        @Min(value = 1, message = "Khối lớp từ 1 đến 12 / grade 1 to 12")
        @Max(value = 12, message = "Khối lớp từ 1 đến 12 / grade 1 to 12") Integer grade,
        @NotBlank(message = "Lớp là bắt buộc / class is required")
        @Size(max = 20, message = "Lớp tối đa 20 ký tự / at most 20 characters") String className,
        @Min(value = 1, message = "Tuần từ 1 / week from 1")
        @Max(value = 60, message = "Tuần tối đa 60 / week at most 60") Integer week,
        List<@Size(max = 60) String> software,
        @Size(max = 60) String author,
        @Size(max = 40) String countedOn) {
}
