package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import vn.eschool.portal.core.rest.PortalException;

/**
 * CSRF protection for every state-changing request a browser can be tricked into sending.
 * Requests authenticated by the session cookie must carry the session's token; anonymous URL-encoded form posts
 * (login, parents' questions) must echo the {@value SessionCookies#CSRF} cookie. Anonymous multipart posts are left
 * to the resource, which answers 401: every upload needs an account. The token comes in the
 * {@value #HEADER} header or the {@value #FIELD} form field, never the query string (addresses end up in logs,
 * histories and Referer headers). Bearer-token requests carry no ambient credentials and are not checked.
 */
@ApplicationScoped
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CsrfProtection implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "_csrf";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAX_FORM_BYTES = 1 << 20;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String expected;
        var user = currentUser.get();
        if (user.isPresent()) {
            if (user.get().channel() != Channel.BROWSER) {
                return;
            }
            expected = user.get().csrfToken();
        } else if (isUrlEncodedForm(request.getMediaType())) {
            Cookie cookie = request.getCookies().get(SessionCookies.CSRF);
            expected = cookie == null ? null : cookie.getValue();
        } else {
            return;
        }
        String presented = presentedToken(request);
        if (expected == null || presented == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw new PortalException(403, "csrf",
                    "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và thử lại.",
                    "The form expired or is not valid. Reload the page and try again.");
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object token = servletRequest.getAttribute(CsrfTokens.NEW_TOKEN_ATTRIBUTE);
        if (token != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    SessionCookies.csrf((String) token, servletRequest).toString());
        }
    }

    private static boolean isUrlEncodedForm(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static String presentedToken(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(HEADER);
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        if (!isUrlEncodedForm(request.getMediaType()) || !request.hasEntity()) {
            return null;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_FORM_BYTES);
        request.setEntityStream(new ByteArrayInputStream(body));
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && FIELD.equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
