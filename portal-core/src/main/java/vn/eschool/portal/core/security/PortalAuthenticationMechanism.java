package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta Security mechanism: authenticates each request from {@code Authorization: Bearer} (API) or the
 * session cookie (browser). Requests without credentials pass through anonymously; resources decide what
 * anonymous users may see.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    SessionStore sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        Optional<AuthenticatedUser> user;
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            user = sessions.resolve(header.substring(BEARER.length()).trim(), Channel.API);
        } else {
            String cookie = sessionCookie(request);
            if (cookie == null) {
                return context.doNothing();
            }
            user = sessions.resolve(cookie, Channel.BROWSER);
        }
        if (user.isEmpty()) {
            request.setAttribute(CurrentUser.INVALID_TOKEN_ATTRIBUTE, Boolean.TRUE);
            return context.doNothing();
        }
        request.setAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE, user.get());
        return context.notifyContainerAboutLogin(new CallerPrincipal(user.get().principalName()),
                Set.of(user.get().role().name()));
    }

    private static String sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (SessionCookies.SESSION.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
