package vn.eschool.portal.layer1.question;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question as typed into the contact page, and the rules that keep the inbox readable without any third-party
 * service: a honeypot field people never see, a minimum time to fill the form, and a limit per address.
 */
public record QuestionForm(String name, String contact, String question, String honeypot) {

    /** How long a person takes at least to fill the form; configurable (PORTAL_QUESTIONS_MIN_FILL_SECONDS). */
    public static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);
    public static final int MAX_PER_HOUR_PER_ADDRESS = 5;
    static final int MIN_QUESTION_LENGTH = 10;
    static final int MAX_QUESTION_LENGTH = 4000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Vietnamese numbers: 0xx… or +84…, 9–11 digits, spaces, dots and dashes allowed. */
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9 .-]{8,14}");

    public enum Outcome { ACCEPT, DISCARD, REJECT, TOO_MANY }

    /** The decision and, when rejected, what to tell the person (Vietnamese, then English). */
    public record Verdict(Outcome outcome, List<String> problems) {
    }

    public QuestionForm {
        name = trim(name);
        contact = trim(contact);
        question = trim(question);
    }

    /**
     * {@code fillTime} is how long the form was open (null when its stamp is missing or forged), shorter than
     * {@code minimumFillTime} only for bots; {@code recentFromAddress} how many questions came from the same
     * address in the last hour.
     */
    public Verdict judge(Duration fillTime, Duration minimumFillTime, long recentFromAddress) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return new Verdict(Outcome.DISCARD, List.of());
        }
        if (recentFromAddress >= MAX_PER_HOUR_PER_ADDRESS) {
            return new Verdict(Outcome.TOO_MANY, List.of("Bạn đã gửi " + MAX_PER_HOUR_PER_ADDRESS
                    + " câu hỏi trong một giờ qua. Hãy thử lại sau. / Too many questions from your address; "
                    + "try again later."));
        }
        List<String> problems = new ArrayList<>();
        if (fillTime == null) {
            problems.add("Biểu mẫu đã hết hạn hoặc không hợp lệ; hãy gửi lại. / The form expired; send it again.");
        } else if (fillTime.compareTo(minimumFillTime) < 0) {
            problems.add("Bạn gửi quá nhanh; hãy đọc lại câu hỏi rồi gửi lại. / Sent too fast; check and send again.");
        }
        if (name.isEmpty()) {
            problems.add("Hãy nhập họ và tên. / Enter your name.");
        } else if (name.length() > 150) {
            problems.add("Họ và tên tối đa 150 ký tự. / The name has at most 150 characters.");
        }
        if (contact.isEmpty()) {
            problems.add("Hãy nhập email hoặc số điện thoại để nhà trường trả lời. / Enter an e-mail or phone number.");
        } else if (contact.length() > 200 || !(EMAIL.matcher(contact).matches() || PHONE.matcher(contact).matches())) {
            problems.add("Email hoặc số điện thoại chưa đúng. / The e-mail or phone number is not valid.");
        }
        if (question.length() < MIN_QUESTION_LENGTH) {
            problems.add("Câu hỏi cần ít nhất " + MIN_QUESTION_LENGTH + " ký tự. / The question needs at least "
                    + MIN_QUESTION_LENGTH + " characters.");
        } else if (question.length() > MAX_QUESTION_LENGTH) {
            problems.add("Câu hỏi tối đa " + MAX_QUESTION_LENGTH + " ký tự. / At most " + MAX_QUESTION_LENGTH
                    + " characters.");
        }
        return new Verdict(problems.isEmpty() ? Outcome.ACCEPT : Outcome.REJECT, List.copyOf(problems));
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
