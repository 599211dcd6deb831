package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.eschool.portal.core.rest.WebApplicationExceptionMapper;

/**
 * An address no page answers may be an imported post's old permalink: looked up only then, so the portal's own
 * pages never pay for it; anything else is the usual 404.
 */
@ApplicationScoped
@Provider
public class OldLinkRedirects implements ExceptionMapper<NotFoundException> {

    @Inject
    OldLinks oldLinks;

    @Inject
    WebApplicationExceptionMapper errors;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(NotFoundException e) {
        return oldLinks.redirect(request.getMethod(), uri).orElseGet(() -> errors.toResponse(e));
    }
}
