package vn.eschool.portal.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import vn.eschool.portal.core.account.AccountService;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.SchoolResource;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;

/** Browser sign-in and sign-out; the session lives in an HttpOnly, SameSite=Lax cookie. */
@RequestScoped
@Path("/")
@Produces(Pages.HTML)
public class LoginPageResource {

    static final String PASSWORD_PAGE = "account/password";

    @Inject
    PageRenderer pages;

    @Inject
    SchoolService schools;

    @Inject
    LoginService logins;

    @Inject
    SessionStore sessions;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalConfig config;

    @Inject
    AccountService accounts;

    @Context
    HttpServletRequest request;

    @GET
    @Path("login")
    public String form(@QueryParam("school") String school, @QueryParam("next") String next) {
        return loginPage(school, "", next, null);
    }

    @POST
    @Path("login")
    public Response signIn(@FormParam("school") String school, @FormParam("username") String username,
                           @FormParam("password") String password, @FormParam("code") String code,
                           @FormParam("next") String next) {
        try {
            SessionStore.IssuedToken issued = logins.signIn(school, username == null ? "" : username,
                    password == null ? "" : password, code, currentUser.clientIp(), Channel.BROWSER);
            int maxAge = (int) config.tokenTtl().toSeconds();
            return Response.seeOther(URI.create(safeNext(next)))
                    .cookie(SessionCookies.session(issued.token(), maxAge, request))
                    .build();
        } catch (PortalException e) {
            return Response.status(e.status()).type(Pages.HTML)
                    .entity(loginPage(school, username, next, e.messageVi())).build();
        }
    }

    @POST
    @Path("logout")
    public Response signOut(@CookieParam(SessionCookies.SESSION) String token) {
        if (token != null && !token.isBlank()) {
            sessions.revoke(token);
        }
        return Response.seeOther(URI.create("/")).cookie(SessionCookies.clearSession(request)).build();
    }

    @GET
    @Path("account")
    public Response account() {
        if (currentUser.get().isEmpty()) {
            return Response.seeOther(URI.create("/login?next=/account")).build();
        }
        return Response.ok(pages.render("core/account.ftlh", Map.of())).build();
    }

    /** Where a browser with a one-time initial password is sent ({@link PasswordChangeGate}). */
    @GET
    @Path(PASSWORD_PAGE)
    public Response passwordForm() {
        if (currentUser.get().isEmpty()) {
            return Response.seeOther(URI.create("/login?next=/" + PASSWORD_PAGE)).build();
        }
        return Response.ok(pages.render("core/password.ftlh", Map.of())).build();
    }

    /** This session stays signed in; the account's other sessions and tokens end. */
    @POST
    @Path(PASSWORD_PAGE)
    public Response changePassword(@FormParam("currentPassword") String currentPassword,
                                   @FormParam("newPassword") String newPassword) {
        if (currentUser.get().isEmpty()) {
            return Response.seeOther(URI.create("/login?next=/" + PASSWORD_PAGE)).build();
        }
        AuthenticatedUser user = currentUser.get().get();
        try {
            accounts.changeOwnPassword(user.accountId(), user.sessionId(), currentPassword, newPassword);
            return Response.seeOther(URI.create("/account")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).type(Pages.HTML)
                    .entity(pages.render("core/password.ftlh", Map.of("error", e.messageVi()))).build();
        }
    }

    private String loginPage(String school, String username, String next, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("schools", schools.all().stream().map(SchoolResource.SchoolView::of).toList());
        model.put("school", school == null ? "" : school);
        model.put("username", username == null ? "" : username);
        model.put("next", safeNext(next));
        if (error != null) {
            model.put("error", error);
        }
        return pages.render("core/login.ftlh", model);
    }

    /** Only local paths: an open redirect after login would help phishing. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/account";
        }
        return next;
    }
}
