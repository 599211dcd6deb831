package vn.eschool.portal.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** The CSRF token a page embeds in its forms: the session's, or a fresh pre-login one set as a cookie. */
@RequestScoped
public class CsrfTokens {

    static final String NEW_TOKEN_ATTRIBUTE = CsrfTokens.class.getName() + ".new";

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    public String forPage() {
        var user = currentUser.get();
        if (user.isPresent() && user.get().channel() == Channel.BROWSER) {
            return user.get().csrfToken();
        }
        Object fresh = request.getAttribute(NEW_TOKEN_ATTRIBUTE);
        if (fresh != null) {
            return (String) fresh;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SessionCookies.CSRF.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return cookie.getValue();
                }
            }
        }
        String token = SecureTokens.newToken();
        request.setAttribute(NEW_TOKEN_ATTRIBUTE, token);
        return token;
    }
}
