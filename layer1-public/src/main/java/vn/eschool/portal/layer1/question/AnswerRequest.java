package vn.eschool.portal.layer1.question;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The school's answer; {@code showInFaq} publishes question and answer on the contact page. */
public record AnswerRequest(
        @NotBlank(message = "Hãy nhập câu trả lời / the answer is required")
        @Size(max = 8000, message = "Câu trả lời tối đa 8000 ký tự / at most 8000 characters") String answer,
        Boolean showInFaq) {
}
