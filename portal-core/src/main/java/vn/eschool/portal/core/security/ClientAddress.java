package vn.eschool.portal.core.security;

import jakarta.servlet.http.HttpServletRequest;

/** The client's address as recorded in logs: the socket peer (proxies are not trusted blindly). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "" : address;
    }

    /** HTTPS directly or behind a proxy that says so: cookies then get the Secure flag. */
    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
