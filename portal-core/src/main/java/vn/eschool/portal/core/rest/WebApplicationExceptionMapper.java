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

    @Inject
    PortalExceptionMapper portalErrors;

    @Override
    public Response toResponse(WebApplicationException e) {
        var cause = PortalExceptionMapper.cause(e.getCause());
        if (cause.isPresent()) {
            return portalErrors.toResponse(cause.get());
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        Problem problem = Problem.forStatus(status);
        return errors.of(problem);
    }
}
