package vn.eschool.portal.layer1.cache;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.eschool.portal.core.security.ClientAddress;
import vn.eschool.portal.core.security.CurrentUser;
import vn.eschool.portal.core.web.Pages;
import vn.eschool.portal.layer1.stats.BotDetector;
import vn.eschool.portal.layer1.stats.SiteCounters;

/**
 * Around every {@link PublicPage}: serves anonymous GETs from the {@link PageCache} and stores what was rendered
 * for them (never for a signed-in user, never a response setting a cookie), then counts the view, cached or not:
 * a visit the first time a visitor opens the school's site on a day (a cookie until midnight), and a read of the
 * item on article pages. Programs (bots, link previews, prefetches) are not counted.
 *
 * <p>Priority below the CSRF filter's: request filters run in ascending order (the cache answers first) and
 * response filters in descending order, so this one sees the response last, with every cookie set.
 */
@ApplicationScoped
@Provider
@PublicPage
@Priority(Priorities.AUTHENTICATION - 100)
public class PublicPageFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String VISIT_COOKIE = "PORTAL_VISIT_";
    static final String CACHE_HEADER = "X-Page-Cache";
    private static final String ADDRESS = PublicPageFilter.class.getName() + ".address";
    private static final String GENERATION = PublicPageFilter.class.getName() + ".generation";

    @Inject
    PageCache cache;

    @Inject
    SiteCounters counters;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Context
    ResourceInfo resource;

    @Inject
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || currentUser.get().isPresent()) {
            return;
        }
        String school = school(request);
        String address = request.getUriInfo().getRequestUri().toString();
        request.setProperty(ADDRESS, address);
        request.setProperty(GENERATION, cache.generation(school));
        cache.get(school, address).ifPresent(page -> request.abortWith(Response.ok(page.body(), page.mediaType())
                .header(CACHE_HEADER, "hit").build()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        String school = school(request);
        Object address = request.getProperty(ADDRESS);
        if (address != null && response.getHeaderString(CACHE_HEADER) == null
                && !response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)
                && response.getEntity() instanceof String body) {
            cache.put(school, (String) address, (Long) request.getProperty(GENERATION), body,
                    response.getMediaType() == null ? Pages.HTML : response.getMediaType().toString());
        }
        count(request, response, school);
    }

    private void count(ContainerRequestContext request, ContainerResponseContext response, String school) {
        if (BotDetector.isBot(request.getHeaderString(HttpHeaders.USER_AGENT)) || isPrefetch(request)) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        String today = DateTimeFormatter.BASIC_ISO_DATE.format(now.toLocalDate());
        Cookie seen = request.getCookies().get(VISIT_COOKIE + school);
        if (seen == null || !today.equals(seen.getValue())) {
            counters.visit(school);
            long untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()))
                    .getSeconds();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(VISIT_COOKIE + school)
                    .value(today).path("/").maxAge((int) Math.max(1, untilMidnight)).httpOnly(true)
                    .secure(ClientAddress.isSecure(servletRequest)).sameSite(NewCookie.SameSite.LAX).build()
                    .toString());
        }
        PublicPage page = resource.getResourceMethod().getAnnotation(PublicPage.class);
        if (page != null && page.read()) {
            counters.read(school, Long.parseLong(request.getUriInfo().getPathParameters().getFirst("id")));
        }
    }

    private static boolean isPrefetch(ContainerRequestContext request) {
        String purpose = request.getHeaderString("Sec-Purpose");
        if (purpose == null) {
            purpose = request.getHeaderString("Purpose");
        }
        return purpose != null && purpose.contains("prefetch");
    }

    private static String school(ContainerRequestContext request) {
        return request.getUriInfo().getPathParameters().getFirst("code");
    }
}
