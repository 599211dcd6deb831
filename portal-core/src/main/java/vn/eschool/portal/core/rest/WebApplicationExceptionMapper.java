package vn.eschool.portal.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.inject.Inject;
import vn.eschool.portal.core.web.ErrorResponses;

/** Turns the framework's own HTTP errors (unknown path, wrong method, unreadable body) into problem+json. */
@ApplicationScoped
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        Problem problem = switch (status) {
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
            default -> Problem.of(status, "http-" + status, "Yêu cầu không thành công.", "The request failed.");
        };
        return errors.of(problem);
    }
}
