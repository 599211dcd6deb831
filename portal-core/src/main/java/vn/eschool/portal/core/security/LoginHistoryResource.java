package vn.eschool.portal.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.rest.DateParams;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;

/** A school's sign-in history (every attempt), for its admin and the district's inspectors. */
@RequestScoped
@Path("/api/v1/schools/{code}/logins")
@Produces(MediaType.APPLICATION_JSON)
public class LoginHistoryResource {

    private static final int MAX_ROWS = 5000;

    public record LoginView(String username, OffsetDateTime at, String ip, Channel channel,
                            LoginEvent.Outcome outcome) {
    }

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    LoginLedger ledger;

    @GET
    public List<LoginView> list(@PathParam("code") String code, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        OffsetDateTime start = DateParams.startOfDay(from, DateParams.today().minusDays(30));
        OffsetDateTime end = DateParams.startOfDay(to, DateParams.today()).plusDays(1);
        return ledger.eventsOf(school.id(), start, end, MAX_ROWS).stream()
                .map(e -> new LoginView(e.username(), e.occurredAt(), e.ip(), e.channel(), e.outcome()))
                .toList();
    }

}
