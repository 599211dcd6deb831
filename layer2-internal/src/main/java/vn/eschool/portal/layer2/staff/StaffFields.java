package vn.eschool.portal.layer2.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.text.VietnameseText;

/** Reading single cells of a staff list the way Vietnamese schools fill them in. */
final class StaffFields {

    /** Day first, as written in Vietnam; ISO also, which is how date cells of an XLSX arrive. */
    private static final List<DateTimeFormatter> DATES = List.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu", "uuuu-M-d")
            .stream().map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
            .toList();
    /** "1985-09-05 00:00:00" from spreadsheets that export date cells with a time. */
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ].*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s.\\-()]");
    private static final Pattern DIGITS_WITHOUT_LEADING_ZERO = Pattern.compile("[1-9]\\d{8,9}");
    /** 10-digit mobile or 11-digit landline numbers, with the trunk 0. */
    private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");

    private StaffFields() {
    }

    static Optional<LocalDate> date(String text) {
        var dateTime = ISO_DATE_TIME.matcher(text);
        String date = dateTime.matches() ? dateTime.group(1) : text;
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * The number as digits with its leading 0: "+84 912 345 678" and "0912.345.678" give "0912345678", and
     * so does 912345678, which is what Excel keeps of a phone number typed into a number cell.
     */
    static Optional<String> phone(String text) {
        String digits = PHONE_PUNCTUATION.matcher(text).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
            digits = "0" + digits.substring(2);
        } else if (DIGITS_WITHOUT_LEADING_ZERO.matcher(digits).matches()) {
            digits = "0" + digits;
        }
        return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    static boolean email(String text) {
        return text.length() <= 200 && EMAIL.matcher(text).matches();
    }

    /** GV/giáo viên, NV/nhân viên, BBT/biên tập, QT/quản trị, or the role's own name; blank means a teacher. */
    static Optional<Role> role(String text) {
        return switch (VietnameseText.foldWords(text)) {
            case "", "gv", "giao vien", "teacher" -> Optional.of(Role.TEACHER);
            case "nv", "nhan vien", "staff" -> Optional.of(Role.STAFF);
            case "bbt", "bien tap", "bien tap vien", "ban bien tap", "editor" -> Optional.of(Role.EDITOR);
            case "qt", "quan tri", "quan tri vien", "quan tri nha truong", "school admin" ->
                    Optional.of(Role.SCHOOL_ADMIN);
            default -> Optional.empty();
        };
    }

    /** "Toán; Tin học, Công nghệ" gives the three subjects in order, without blanks or repeats. */
    static List<String> subjects(String text) {
        return Arrays.stream(text.split("[,;]")).map(VietnameseText::clean).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    /** Groups compare without accents, case or a leading "Tổ": "to toan" finds "Tổ Toán". */
    static String groupKey(String group) {
        String words = VietnameseText.foldWords(group);
        return words.startsWith("to ") ? words.substring(3) : words;
    }
}
