package vn.eschool.portal.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.inject.Inject;
import vn.eschool.portal.core.web.ErrorResponses;

@ApplicationScoped
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(PortalException e) {
        Problem problem = Problem.of(e.status(), e.code(), e.messageVi(), e.messageEn());
        return errors.of(e.errors() == null ? problem : problem.withErrors(e.errors()));
    }
}
