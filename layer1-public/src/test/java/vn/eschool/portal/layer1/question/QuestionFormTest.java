package vn.eschool.portal.layer1.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.layer1.question.QuestionForm.Outcome;

class QuestionFormTest {

    private static final Duration CALM = Duration.ofSeconds(40);
    private final QuestionForm good = new QuestionForm("Nguyễn Văn An", "0912 345 678",
            "Khi nào nhà trường tổ chức họp phụ huynh học kì II?", "");

    @Test
    void aGenuineQuestionIsAccepted() {
        assertEquals(Outcome.ACCEPT, good.judge(CALM, QuestionForm.MIN_FILL_TIME, 0).outcome());
        assertEquals(Outcome.ACCEPT, new QuestionForm("An", "an@example.vn", "Xin hỏi lịch thi?", null)
                .judge(CALM, QuestionForm.MIN_FILL_TIME, 4).outcome());
    }

    @Test
    void theHoneypotIsDroppedSilently() {
        var verdict = new QuestionForm("Bot", "bot@example.com", "Buy cheap things now!!!", "http://spam")
                .judge(CALM, QuestionForm.MIN_FILL_TIME, 0);
        assertEquals(Outcome.DISCARD, verdict.outcome());
        assertTrue(verdict.problems().isEmpty());
    }

    @Test
    void theSixthQuestionWithinAnHourFromOneAddressWaits() {
        var verdict = good.judge(CALM, QuestionForm.MIN_FILL_TIME, QuestionForm.MAX_PER_HOUR_PER_ADDRESS);
        assertEquals(Outcome.TOO_MANY, verdict.outcome());
        assertTrue(verdict.problems().get(0).startsWith("Bạn đã gửi 5 câu hỏi trong một giờ qua"));
    }

    @Test
    void tooFastOrWithoutAValidStampIsRefused() {
        assertTrue(good.judge(Duration.ofMillis(500), QuestionForm.MIN_FILL_TIME, 0).problems().get(0).startsWith("Bạn gửi quá nhanh"));
        assertTrue(good.judge(null, QuestionForm.MIN_FILL_TIME, 0).problems().get(0).startsWith("Biểu mẫu đã hết hạn"));
    }

    @Test
    void everyMissingOrInvalidFieldIsNamedInVietnamese() {
        var verdict = new QuestionForm(" ", "không phải email", "Ngắn", null).judge(CALM, QuestionForm.MIN_FILL_TIME, 0);
        assertEquals(Outcome.REJECT, verdict.outcome());
        assertEquals(3, verdict.problems().size(), verdict.problems().toString());
        assertTrue(verdict.problems().get(0).startsWith("Hãy nhập họ và tên"));
        assertTrue(verdict.problems().get(1).startsWith("Email hoặc số điện thoại chưa đúng"));
        assertTrue(verdict.problems().get(2).startsWith("Câu hỏi cần ít nhất 10 ký tự"));
    }

    @Test
    void aStampIsGenuineOnlyWithItsSignatureAndForALimitedTime() {
        FormStamp stamps = new FormStamp("khoa-bi-mat-cho-kiem-thu".getBytes());
        Instant issued = Instant.parse("2026-03-02T02:00:00Z");
        String stamp = stamps.issue(issued);
        assertEquals(Duration.ofSeconds(5), stamps.age(stamp, issued.plusSeconds(5)).orElseThrow());
        String backdated = (issued.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));
        assertTrue(stamps.age(backdated, issued.plusSeconds(5)).isEmpty(), "a forged time fails the signature");
        assertTrue(stamps.age(stamp, issued.plusSeconds(7 * 3600)).isEmpty(), "too old");
        assertTrue(stamps.age("garbage", issued).isEmpty());
        assertTrue(new FormStamp("another-key".getBytes()).age(stamp, issued.plusSeconds(5)).isEmpty());
    }
}
