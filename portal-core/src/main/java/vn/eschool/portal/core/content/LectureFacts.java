package vn.eschool.portal.core.content;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an item says it teaches: subject, grade, class, school week and the software it was made with. Kept as
 * {@link ContentItem} attributes under the keys below, read by Layer 1, Layer 2, the index and the audit.
 */
public record LectureFacts(String subject, Integer grade, String className, Integer week, List<String> software) {

    public static final String SUBJECT = "subject";
    public static final String GRADE = "grade";
    public static final String CLASS_NAME = "className";
    public static final String WEEK = "week";
    public static final String SOFTWARE = "software";

    public LectureFacts {
        software = software == null ? List.of() : List.copyOf(software);
    }

    public static LectureFacts of(Map<String, String> attributes) {
        return new LectureFacts(attributes.get(SUBJECT), number(attributes.get(GRADE)), attributes.get(CLASS_NAME),
                number(attributes.get(WEEK)), software(attributes.get(SOFTWARE)));
    }

    /** The attributes to store; absent facts are null, which removes the attribute. */
    Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(SUBJECT, subject == null ? null : subject.strip());
        attributes.put(GRADE, grade == null ? null : grade.toString());
        attributes.put(CLASS_NAME, className == null ? null : className.strip());
        attributes.put(WEEK, week == null ? null : week.toString());
        attributes.put(SOFTWARE, String.join(",", software));
        return attributes;
    }

    /** The stored software attribute: names separated by commas. */
    public static List<String> software(String attribute) {
        return attribute == null || attribute.isBlank() ? List.of()
                : Arrays.stream(attribute.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
