package vn.eschool.portal.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import vn.eschool.portal.core.rest.Requests;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;

/**
 * API sign-in: exchange credentials for a bearer token. District accounts use an empty {@code school};
 * accounts with two-factor sign-in add {@code code}.
 */
@RequestScoped
@Path("/api/v1/auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Requests requests;

    public record TokenRequest(@Size(max = 40) String school,
                               @NotBlank(message = "Tên đăng nhập là bắt buộc / username is required")
                               @Size(max = 100) String username,
                               @NotBlank(message = "Mật khẩu là bắt buộc / password is required")
                               @Size(max = 200) String password,
                               @Size(max = 40) String code) {
    }

    public record TokenResponse(String token, OffsetDateTime expiresAt) {
    }

    @Inject
    LoginService logins;

    @Inject
    SessionStore sessions;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse issue(TokenRequest body) {
        TokenRequest request = requests.valid(body);
        SessionStore.IssuedToken issued = logins.signIn(request.school(), request.username(), request.password(), request.code(),
                currentUser.clientIp(), Channel.API);
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @DELETE
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            sessions.revoke(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }
}
