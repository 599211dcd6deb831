package vn.eschool.portal.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * 304 Not Modified for every GET whose answer carries an ETag the browser already holds (If-None-Match): files
 * (their content's SHA-256), style sheets and scripts. The body is dropped before it is written, so a stored file
 * is not even opened. Runs after the other response filters (lowest priority value last), on the final headers.
 */
@Provider
@Priority(1)
public class ConditionalGet implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String tag = response.getHeaderString(HttpHeaders.ETAG);
        if (response.getStatus() == 200 && tag != null && HttpMethod.GET.equals(request.getMethod())
                && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** RFC 9110's weak comparison, which If-None-Match uses: {@code W/"x"} matches {@code "x"}; {@code *} any. */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || tag == null) {
            return false;
        }
        String opaque = opaque(tag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(candidate -> candidate.equals("*") || opaque(candidate).equals(opaque));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
