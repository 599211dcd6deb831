package vn.eschool.portal.core.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import vn.eschool.portal.core.rest.PortalException;

/**
 * A one-time initial password opens only the way to replace it, and an admin or editor of a school that
 * requires two-factor sign-in must enrol first: until then the account may read who it is, change its
 * password, enrol an authenticator and sign out, nothing else. A browser asking for a page with an initial
 * password is sent to the page that changes it; the API answers a problem.
 */
@ApplicationScoped
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class PasswordChangeGate implements ContainerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("api/v1/me", "api/v1/me/password", "api/v1/auth/token",
            "logout", "account", "login", LoginPageResource.PASSWORD_PAGE);

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        var user = currentUser.get();
        if (user.isEmpty() || !(user.get().mustChangePassword() || user.get().mustEnrolTwoFactor())) {
            return;
        }
        String path = request.getUriInfo().getPath(true);
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (ALLOWED.contains(relative) || relative.startsWith("static/")) {
            return;
        }
        if (!user.get().mustChangePassword()) {
            if (relative.startsWith("api/v1/me/two-factor")) {
                return;
            }
            throw new PortalException(403, "two-factor-required",
                    "Trường yêu cầu xác thực hai lớp cho quản trị và biên tập: hãy đăng ký ứng dụng xác thực trước"
                            + " (POST /api/v1/me/two-factor).",
                    "The school requires two-factor sign-in for admins and editors: enrol an authenticator first"
                            + " (POST /api/v1/me/two-factor).");
        }
        if (user.get().channel() == Channel.BROWSER && !relative.startsWith("api/")
                && "GET".equals(request.getMethod())) {
            request.abortWith(Response.seeOther(URI.create("/" + LoginPageResource.PASSWORD_PAGE)).build());
            return;
        }
        throw new PortalException(403, "password-change-required",
                "Bạn đang dùng mật khẩu khởi tạo: hãy đổi mật khẩu trước (POST /api/v1/me/password).",
                "You are using an initial password: change it first (POST /api/v1/me/password).");
    }
}
