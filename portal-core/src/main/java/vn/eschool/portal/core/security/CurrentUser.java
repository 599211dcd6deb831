package vn.eschool.portal.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.eschool.portal.core.config.PortalConfig;

/** The signed-in user of this request, if any (set by {@link PortalAuthenticationMechanism}). */
@RequestScoped
public class CurrentUser {

    static final String INVALID_TOKEN_ATTRIBUTE = CurrentUser.class.getName() + ".invalid";

    @Inject
    HttpServletRequest request;

    @Inject
    PortalConfig config;

    public Optional<AuthenticatedUser> get() {
        return Optional.ofNullable((AuthenticatedUser) request.getAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE));
    }

    public boolean presentedInvalidToken() {
        return request.getAttribute(INVALID_TOKEN_ATTRIBUTE) != null;
    }

    public String clientIp() {
        return ClientAddress.of(request, config.trustedProxies());
    }
}
