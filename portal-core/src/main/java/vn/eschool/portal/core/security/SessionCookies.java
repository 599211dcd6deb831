package vn.eschool.portal.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;

/** The browser's cookies: the session (HttpOnly, SameSite=Lax, Secure on HTTPS) and the pre-login CSRF token. */
public final class SessionCookies {

    public static final String SESSION = "PORTAL_SESSION";
    public static final String CSRF = "PORTAL_CSRF";

    private SessionCookies() {
    }

    public static NewCookie session(String token, int maxAgeSeconds, HttpServletRequest request) {
        return cookie(SESSION, token, maxAgeSeconds, request);
    }

    public static NewCookie clearSession(HttpServletRequest request) {
        return cookie(SESSION, "", 0, request);
    }

    public static NewCookie csrf(String token, HttpServletRequest request) {
        return cookie(CSRF, token, -1, request);
    }

    private static NewCookie cookie(String name, String value, int maxAge, HttpServletRequest request) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(ClientAddress.isSecure(request))
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAge)
                .build();
    }
}
