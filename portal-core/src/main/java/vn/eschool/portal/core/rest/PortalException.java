package vn.eschool.portal.core.rest;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * A failure the user can act on: carries the HTTP status and a message in Vietnamese and English.
 * Rendered as RFC 9457 problem+json by {@link PortalExceptionMapper}.
 */
public class PortalException extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageVi;
    private List<Problem.FieldError> errors;

    public PortalException(int status, String code, String messageVi, String messageEn) {
        super(messageEn);
        this.status = status;
        this.code = code;
        this.messageVi = messageVi;
    }

    public static PortalException badRequest(String code, String vi, String en) {
        return new PortalException(Status.BAD_REQUEST.getStatusCode(), code, vi, en);
    }

    public static PortalException unauthorized(String vi, String en) {
        return new PortalException(Status.UNAUTHORIZED.getStatusCode(), "unauthorized", vi, en);
    }

    public static PortalException forbidden() {
        return new PortalException(Status.FORBIDDEN.getStatusCode(), "forbidden",
                "Bạn không có quyền thực hiện thao tác này.", "You are not allowed to do this.");
    }

    public static PortalException notFound(String vi, String en) {
        return new PortalException(Status.NOT_FOUND.getStatusCode(), "not-found", vi, en);
    }

    public static PortalException conflict(String code, String vi, String en) {
        return new PortalException(Status.CONFLICT.getStatusCode(), code, vi, en);
    }

    /** The lines at fault, or the choices there were (e.g. the pairs a teacher may upload for). */
    public PortalException withErrors(List<Problem.FieldError> fieldErrors) {
        this.errors = List.copyOf(fieldErrors);
        return this;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }
}
