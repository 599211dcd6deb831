package vn.eschool.portal.layer1.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.eschool.portal.core.security.ClientAddress;
import vn.eschool.portal.layer1.stats.BotDetector;
import vn.eschool.portal.layer1.stats.SiteCounters;

/**
 * Counts a view of a public page, rendered or cached: a visit the first time a visitor opens the school's site on a
 * day (a cookie until midnight), and a read of the item on article pages. Programs (bots, link previews,
 * prefetches) are not counted. In memory only: {@link SiteCounters} writes the counts in batches.
 */
@ApplicationScoped
public class PageViews {

    static final String VISIT_COOKIE = "PORTAL_VISIT_";

    @Inject
    SiteCounters counters;

    @Inject
    Clock clock;

    /** Counts the view; the visit cookie to set (a Set-Cookie value), or null when the visitor has today's. */
    public String count(String school, Long read, HttpServletRequest request) {
        if (BotDetector.isBot(request.getHeader("User-Agent")) || isPrefetch(request)) {
            return null;
        }
        if (read != null) {
            counters.read(school, read);
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        String today = DateTimeFormatter.BASIC_ISO_DATE.format(now.toLocalDate());
        if (today.equals(visitedOn(request, VISIT_COOKIE + school))) {
            return null;
        }
        counters.visit(school);
        long untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()))
                .getSeconds();
        return new NewCookie.Builder(VISIT_COOKIE + school).value(today).path("/")
                .maxAge((int) Math.max(1, untilMidnight)).httpOnly(true).secure(ClientAddress.isSecure(request))
                .sameSite(NewCookie.SameSite.LAX).build().toString();
    }

    private static String visitedOn(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static boolean isPrefetch(HttpServletRequest request) {
        String purpose = request.getHeader("Sec-Purpose");
        if (purpose == null) {
            purpose = request.getHeader("Purpose");
        }
        return purpose != null && purpose.contains("prefetch");
    }
}
