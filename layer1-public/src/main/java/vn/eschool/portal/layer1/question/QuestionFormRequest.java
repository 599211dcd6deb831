package vn.eschool.portal.layer1.question;

import jakarta.validation.constraints.NotNull;

/** Opens or closes the question form of the school's contact page. */
public record QuestionFormRequest(
        @NotNull(message = "Hãy cho biết mở hay đóng mẫu hỏi đáp (open) / open is required") Boolean open) {
}
