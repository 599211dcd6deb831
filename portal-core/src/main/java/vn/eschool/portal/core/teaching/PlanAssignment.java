package vn.eschool.portal.core.teaching;

/** An assignment as the API and the forms give it: {@code {"username": "gv01", "subject": "Toán", "className": "6A"}}. */
public record PlanAssignment(String username, String subject, String className) {

    public ClassSubject pair() {
        return new ClassSubject(className, subject);
    }
}
