package vn.eschool.portal.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        of(servletRequest != null && ClientAddress.isSecure(servletRequest))
                .forEach((name, value) -> headers.putIfAbsent(name, List.of(value)));
    }

    /** The headers of a page, also for pages answered before JAX-RS (Layer 1's cached pages). */
    public static Map<String, String> of(boolean secure) {
        return secure ? OVER_HTTPS : OVER_HTTP;
    }

    private static final Map<String, String> OVER_HTTP = headers(false);
    private static final Map<String, String> OVER_HTTPS = headers(true);

    private static Map<String, String> headers(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", PAGE_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return Collections.unmodifiableMap(headers);
    }
}
