package vn.eschool.portal.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import vn.eschool.portal.core.rest.Requests;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/** A school's accounts, managed by its admin or the district admin. */
@RequestScoped
@Path("/api/v1/schools/{code}/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The created account; {@code initialPassword} is shown this once when the server generated it. */
    public record CreatedView(AccountView account, String initialPassword) {
    }

    @Inject
    SchoolService schools;

    @Inject
    AccountService accounts;

    @Inject
    Access access;

    @Inject
    Requests requests;

    public record PasswordView(String initialPassword) {
    }

    /** All accounts, or with {@code neverSignedIn=true} those who have never signed in (the audit asks). */
    @GET
    public List<AccountView> list(@PathParam("code") String code, @QueryParam("neverSignedIn") boolean neverSignedIn) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return accounts.of(school).stream()
                .filter(a -> !neverSignedIn || a.lastLoginAt() == null)
                .map(AccountView::of).toList();
    }

    @GET
    @Path("{username}")
    public AccountView get(@PathParam("code") String code, @PathParam("username") String username) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return AccountView.of(accounts.require(school, username));
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView update(@PathParam("code") String code, @PathParam("username") String username,
                              AccountChanges body) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return AccountView.of(accounts.update(school, username, requests.valid(body)));
    }

    @POST
    @Path("{username}/disable")
    public AccountView disable(@PathParam("code") String code, @PathParam("username") String username) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return AccountView.of(accounts.setEnabled(school, username, false));
    }

    @POST
    @Path("{username}/enable")
    public AccountView enable(@PathParam("code") String code, @PathParam("username") String username) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return AccountView.of(accounts.setEnabled(school, username, true));
    }

    /** The person's leaves (maternity, long sick leave, secondment…): the audit does not count them for those months. */
    @GET
    @Path("{username}/leaves")
    public List<LeaveView> leaves(@PathParam("code") String code, @PathParam("username") String username) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return accounts.leavesOf(accounts.require(school, username)).stream().map(LeaveView::of).toList();
    }

    @POST
    @Path("{username}/leaves")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLeave(@PathParam("code") String code, @PathParam("username") String username, LeaveRequest body) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return Response.status(Response.Status.CREATED)
                .entity(LeaveView.of(accounts.addLeave(school, username, requests.valid(body)))).build();
    }

    @DELETE
    @Path("{username}/leaves/{id}")
    public Response removeLeave(@PathParam("code") String code, @PathParam("username") String username,
                                @PathParam("id") long id) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        accounts.removeLeave(school, username, id);
        return Response.noContent().build();
    }

    @Inject
    TwoFactorService twoFactor;

    @POST
    @Path("{username}/two-factor-reset")
    public AccountView resetTwoFactor(@PathParam("code") String code, @PathParam("username") String username) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        twoFactor.reset(accounts.require(school, username).id());
        return AccountView.of(accounts.require(school, username));
    }

    @POST
    @Path("{username}/password-reset")
    public PasswordView resetPassword(@PathParam("code") String code, @PathParam("username") String username) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        return new PasswordView(accounts.resetPassword(school, username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("code") String code,
                           NewAccount body) {
        School school = schools.require(code);
        access.requireSchoolAdmin(school);
        NewAccount request = requests.valid(body);
        AccountService.Created created = accounts.create(school, request);
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedView(AccountView.of(created.account()), created.initialPassword())).build();
    }
}
