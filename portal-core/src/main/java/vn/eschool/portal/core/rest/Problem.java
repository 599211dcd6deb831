package vn.eschool.portal.core.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * RFC 9457 problem details. {@code detail} is Vietnamese (the users' language), {@code detailEn} English;
 * {@code errors} lists the fields that failed validation.
 */
public record Problem(String type, String title, int status, String code, String detail, String detailEn,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String code, String vi, String en) {
        return new Problem("urn:eschool:problem:" + code, Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(), status, code, vi, en, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, code, detail, detailEn, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
