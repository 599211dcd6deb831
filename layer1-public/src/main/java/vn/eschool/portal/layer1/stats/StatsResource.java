package vn.eschool.portal.layer1.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.eschool.portal.core.rest.DateParams;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;

/** Daily visit and read history of a school's public site, for its staff and the district's inspectors. */
@RequestScoped
@Path("/api/v1/schools/{code}/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    public record DayView(LocalDate date, long visits, long reads) {
    }

    public record StatsView(String school, LocalDate from, LocalDate to, long visits, long reads, long allTimeVisits,
                            String allTimeVisitsVi, long allTimeReads, String allTimeReadsVi, List<DayView> days) {
    }

    public record ItemDay(LocalDate date, long reads) {
    }

    public record ItemStatsView(long contentId, LocalDate from, LocalDate to, long reads, long allTimeReads,
                                List<ItemDay> days) {
    }

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    SiteCounters counters;

    @Inject
    CounterStore store;

    @GET
    public StatsView school(@PathParam("code") String code, @QueryParam("from") String from,
                            @QueryParam("to") String to) {
        School school = schools.require(code);
        access.requireReader(school);
        LocalDate[] range = range(from, to);
        List<DayView> days = store.days(school.id(), range[0], range[1]).stream()
                .map(d -> new DayView(d.date(), d.visits(), d.reads())).toList();
        SiteTotals totals = counters.totals(school.code());
        return new StatsView(school.code(), range[0], range[1], days.stream().mapToLong(DayView::visits).sum(),
                days.stream().mapToLong(DayView::reads).sum(), totals.visits(), totals.visitsVi(), totals.reads(),
                totals.readsVi(), days);
    }

    @GET
    @Path("items/{id}")
    public ItemStatsView item(@PathParam("code") String code, @PathParam("id") long id,
                              @QueryParam("from") String from, @QueryParam("to") String to) {
        School school = schools.require(code);
        access.requireReader(school);
        LocalDate[] range = range(from, to);
        List<ItemDay> days = store.itemReads(school.id(), id, range[0], range[1]).entrySet().stream()
                .map(e -> new ItemDay(e.getKey(), e.getValue())).toList();
        return new ItemStatsView(id, range[0], range[1], days.stream().mapToLong(ItemDay::reads).sum(),
                counters.reads(school.code(), school.id(), id), days);
    }

    /** {@code from}–{@code to} inclusive; the last 30 days by default; at most 366 days. */
    private static LocalDate[] range(String from, String to) {
        LocalDate end = DateParams.startOfDay(to, DateParams.today()).toLocalDate();
        LocalDate start = DateParams.startOfDay(from, end.minusDays(DEFAULT_DAYS - 1L)).toLocalDate();
        if (start.isAfter(end)) {
            throw PortalException.badRequest("invalid-range", "Ngày bắt đầu phải trước ngày kết thúc.",
                    "The start day must not be after the end day.");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw PortalException.badRequest("range-too-long", "Mỗi lần xem tối đa " + MAX_DAYS + " ngày.",
                    "At most " + MAX_DAYS + " days at a time.");
        }
        return new LocalDate[] {start, end};
    }
}
