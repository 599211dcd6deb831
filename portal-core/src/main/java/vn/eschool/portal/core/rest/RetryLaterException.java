package vn.eschool.portal.core.rest;

/** A 503 the client should retry: answered with a {@code Retry-After} header. */
public class RetryLaterException extends PortalException {

    private final int retryAfterSeconds;

    public RetryLaterException(String code, int retryAfterSeconds, String vi, String en) {
        super(503, code, vi, en);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
