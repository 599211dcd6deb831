package vn.eschool.portal.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

    @GET
    public AccountView me() {
        AuthenticatedUser user = access.requireSignedIn();
        return accounts.findById(user.accountId()).map(AccountView::of)
                .orElseThrow(() -> PortalException.unauthorized("Tài khoản không còn tồn tại.",
                        "The account no longer exists."));
    }
}
