package vn.eschool.portal.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.eschool.portal.core.web.ErrorResponses;

@ApplicationScoped
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(PortalException e) {
        Problem problem = Problem.of(e.status(), e.code(), e.messageVi(), e.messageEn());
        Response response = errors.of(e.errors() == null ? problem : problem.withErrors(e.errors()));
        if (e instanceof RetryLaterException later) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds()).build();
        }
        return response;
    }

    /**
     * The portal's own failure behind a framework's, e.g. {@link RequestSizeLimit} refusing a body while a JSON
     * reader or the multipart parser consumes it (they wrap what the stream throws).
     */
    static Optional<PortalException> cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PortalException portal) {
                return Optional.of(portal);
            }
        }
        return Optional.empty();
    }
}
