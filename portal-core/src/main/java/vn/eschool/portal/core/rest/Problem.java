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

    /** The problem for an HTTP error raised by the framework or the container, knowing only its status. */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "bad-request", "Yêu cầu không hợp lệ (dữ liệu gửi lên không đọc được).",
                    "The request could not be read.");
            case 401 -> Problem.of(401, "unauthorized", "Bạn cần đăng nhập.", "You need to sign in.");
            case 403 -> Problem.of(403, "forbidden", "Bạn không có quyền thực hiện thao tác này.",
                    "You are not allowed to do this.");
            case 404 -> Problem.of(404, "not-found", "Không tìm thấy trang hoặc tài nguyên.", "Not found.");
            case 405 -> Problem.of(405, "method-not-allowed", "Phương thức không được hỗ trợ.",
                    "Method not allowed.");
            case 406 -> Problem.of(406, "not-acceptable", "Định dạng yêu cầu không được hỗ trợ.",
                    "Not acceptable.");
            case 413 -> Problem.of(413, "too-large", "Dữ liệu gửi lên quá lớn.", "The request is too large.");
            case 415 -> Problem.of(415, "unsupported-media-type",
                    "Kiểu dữ liệu gửi lên không được hỗ trợ (hãy gửi JSON).", "Unsupported media type.");
            case 500 -> Problem.of(500, "internal-error",
                    "Đã xảy ra lỗi hệ thống. Dữ liệu của bạn không bị thay đổi.", "Internal error.");
            default -> Problem.of(status, "http-" + status, "Yêu cầu không thành công.", "The request failed.");
        };
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, code, detail, detailEn, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
