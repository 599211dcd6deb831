package vn.eschool.portal.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import vn.eschool.portal.core.rest.Requests;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

@RequestScoped
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Access access;

    @Inject
    AccountRepository accounts;

    public record PasswordChange(
            @jakarta.validation.constraints.NotBlank(message = "Nhập mật khẩu hiện tại / current password required")
            String currentPassword,
            @jakarta.validation.constraints.NotBlank(message = "Nhập mật khẩu mới / new password required")
            @jakarta.validation.constraints.Size(max = 200) String newPassword) {
    }

    @Inject
    AccountService service;

    @Inject
    Requests requests;

    /** Also the way out of a one-time initial password. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange body) {
        AuthenticatedUser user = access.requireSignedIn();
        PasswordChange change = requests.valid(body);
        service.changeOwnPassword(user.accountId(), user.sessionId(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    public record CodeConfirmation(
            @jakarta.validation.constraints.NotBlank(message = "Nhập mã xác thực / code required")
            @jakarta.validation.constraints.Size(max = 40) String code) {
    }

    public record BackupCodesView(java.util.List<String> backupCodes) {
    }

    @Inject
    TwoFactorService twoFactor;

    /** Starts enrolment: the secret and an otpauth:// URI for the authenticator app. */
    @POST
    @Path("two-factor")
    public TwoFactorService.Enrolment startTwoFactor() {
        return twoFactor.start(access.requireSignedIn().accountId());
    }

    /** Confirms enrolment with a first code; answers the one-time backup codes. */
    @POST
    @Path("two-factor/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public BackupCodesView confirmTwoFactor(CodeConfirmation body) {
        AuthenticatedUser user = access.requireSignedIn();
        return new BackupCodesView(twoFactor.confirm(user.accountId(), requests.valid(body).code()));
    }

    @GET
    public AccountView me() {
        AuthenticatedUser user = access.requireSignedIn();
        return accounts.findById(user.accountId()).map(AccountView::of)
                .orElseThrow(() -> PortalException.unauthorized("Tài khoản không còn tồn tại.",
                        "The account no longer exists."));
    }
}
