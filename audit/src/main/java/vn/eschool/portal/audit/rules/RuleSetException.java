package vn.eschool.portal.audit.rules;

/** A rule-set file that cannot be used; the message names the file and the offending field. */
public class RuleSetException extends RuntimeException {

    public RuleSetException(String message) {
        super(message);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
