package vn.eschool.portal.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.eschool.portal.core.security.ClientAddress;

/**
 * The browser-side protections of every answer, pages, API and files alike: a strict Content-Security-Policy (no
 * inline script or style, no plugins, forms and frames only to and from the portal), no sniffing of types, no full
 * URLs leaked to other sites, no camera, microphone or location, and HSTS when the request came over HTTPS. A
 * response that already chose its policy (a served file: {@link vn.eschool.portal.core.files.FileDelivery})
 * keeps it.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    /**
     * What the pages need: scripts, styles, frames (the PDF preview) from the portal itself; images also from
     * HTTPS sites (post bodies may show them, {@code HtmlSanitiser}).
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;"
            + " object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";
    static final String HSTS = "max-age=31536000";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putIfAbsent("Content-Security-Policy", List.of(PAGE_POLICY));
        headers.putIfAbsent("X-Content-Type-Options", List.of("nosniff"));
        headers.putIfAbsent("Referrer-Policy", List.of("strict-origin-when-cross-origin"));
        headers.putIfAbsent("Permissions-Policy", List.of(PERMISSIONS_POLICY));
        if (servletRequest != null && ClientAddress.isSecure(servletRequest)) {
            headers.putIfAbsent("Strict-Transport-Security", List.of(HSTS));
        }
    }
}
