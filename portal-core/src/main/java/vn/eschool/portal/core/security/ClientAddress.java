package vn.eschool.portal.core.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The client's address as recorded in logs and counted by the sign-in throttle: the socket peer, or behind a trusted
 * proxy the address it forwards ({@link TrustedProxies}).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, TrustedProxies proxies) {
        String peer = request.getRemoteAddr();
        if (peer == null) {
            return "";
        }
        return proxies.clientOf(peer, Collections.list(request.getHeaders("X-Forwarded-For")).toArray(String[]::new));
    }

    /** HTTPS directly or behind a proxy that says so: cookies then get the Secure flag. */
    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
