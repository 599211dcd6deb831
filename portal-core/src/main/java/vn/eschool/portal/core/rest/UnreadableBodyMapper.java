package vn.eschool.portal.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.inject.Inject;
import vn.eschool.portal.core.web.ErrorResponses;

/** Malformed JSON or a body of the wrong shape is the client's mistake: 400, not 500. */
@ApplicationScoped
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Inject
    ErrorResponses errors;

    @Inject
    PortalExceptionMapper portalErrors;

    @Override
    public Response toResponse(ProcessingException e) {
        var cause = PortalExceptionMapper.cause(e);
        if (cause.isPresent()) {
            return portalErrors.toResponse(cause.get());
        }
        return errors.of(Problem.of(400, "bad-request", "Dữ liệu gửi lên không đúng định dạng JSON mong đợi.",
                "The request body is not the JSON expected."));
    }
}
