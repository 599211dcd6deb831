package vn.eschool.portal.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import vn.eschool.portal.core.rest.Requests;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.security.Access;

/** District-level accounts (district admins and inspectors), managed by the district admin. */
@RequestScoped
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictAccountResource {

    @Inject
    AccountService accounts;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public List<AccountView> list() {
        access.requireDistrictAdmin();
        return accounts.ofDistrict().stream().map(AccountView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount body) {
        access.requireDistrictAdmin();
        NewAccount request = requests.valid(body);
        AccountService.Created created = accounts.create(null, request);
        return Response.status(Response.Status.CREATED)
                .entity(new AccountResource.CreatedView(AccountView.of(created.account()), created.initialPassword()))
                .build();
    }
}
