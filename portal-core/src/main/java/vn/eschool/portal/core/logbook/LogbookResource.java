package vn.eschool.portal.core.logbook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.rest.DateParams;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/** The school's activity logbook: view, export as CSV (with hashes) and verify the chain. */
@RequestScoped
@Path("/api/v1/schools/{code}/logbook")
public class LogbookResource {

    public record EntryView(long sequence, OffsetDateTime at, String actor, String action, String target,
                            String details, String ip, String hash) {
        static EntryView of(LogbookEntry e) {
            LogbookFields f = e.fields();
            return new EntryView(e.sequence(), f.time().atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime(),
                    f.actor(), f.action(), f.target(), f.details(), f.ip(), e.hash());
        }
    }

    public record VerificationView(boolean intact, long entriesChecked, String headHash,
                                   LogbookVerification.ChainBreak problem, Long brokenAt, String messageVi,
                                   String messageEn) {
        static VerificationView of(LogbookVerification v) {
            return new VerificationView(v.intact(), v.entriesChecked(), v.headHash(), v.problem(), v.brokenAt(),
                    v.messageVi(), v.messageEn());
        }
    }

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    ActivityLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<EntryView> list(@PathParam("code") String code, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        School school = readable(code);
        return entries(school, from, to).stream().map(EntryView::of).toList();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response export(@PathParam("code") String code, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        School school = readable(code);
        List<LogbookEntry> entries = entries(school, from, to);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            LogbookCsv.write(entries, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"so-nhat-ky-" + school.code() + ".csv\"").build();
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationView verify(@PathParam("code") String code) {
        School school = readable(code);
        return VerificationView.of(log.verify(Account.scopeOf(school)));
    }

    private School readable(String code) {
        School school = schools.require(code);
        access.requireSchoolStaffOverseer(school);
        return school;
    }

    private List<LogbookEntry> entries(School school, String from, String to) {
        LocalDate today = DateParams.today();
        return log.entries(Account.scopeOf(school), DateParams.startOfDay(from, today.minusDays(90)),
                DateParams.startOfDay(to, today).plusDays(1));
    }

}
