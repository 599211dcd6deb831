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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.Date;
import vn.eschool.portal.core.security.CurrentUser;
import vn.eschool.portal.core.web.Pages;

/**
 * Around every {@link PublicPage} that was rendered (cached pages are answered before JAX-RS by
 * {@link CachedPageFilter}): stores what was rendered for anonymous visitors in the {@link PageCache} (never for a
 * signed-in user, never a response setting a cookie), with its validator, then counts the view ({@link PageViews}).
 *
 * <p>Priority below the CSRF filter's: request filters run in ascending order and response filters in descending
 * order, so this one sees the response last, with every cookie set.
 */
@ApplicationScoped
@Provider
@PublicPage
@Priority(Priorities.AUTHENTICATION - 100)
public class PublicPageFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String ADDRESS = PublicPageFilter.class.getName() + ".address";
    private static final String GENERATION = PublicPageFilter.class.getName() + ".generation";

    @Inject
    PageCache cache;

    @Inject
    PageViews views;

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
        if (HttpMethod.GET.equals(request.getMethod()) && currentUser.get().isEmpty()) {
            request.setProperty(ADDRESS, PageCache.address(servletRequest));
            request.setProperty(GENERATION, cache.generation(school(request)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        String school = school(request);
        Long read = read(request);
        Object address = request.getProperty(ADDRESS);
        if (address != null && !response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)
                && response.getEntity() instanceof String body) {
            cache.put(school, read, (String) address, (Long) request.getProperty(GENERATION), body,
                    response.getMediaType() == null ? Pages.HTML : response.getMediaType().toString(),
                    clock.instant()).ifPresent(page -> {
                        response.getHeaders().putSingle(HttpHeaders.ETAG, page.etag());
                        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, Date.from(page.lastModified()));
                        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CachedPageFilter.REVALIDATE);
                    });
        }
        String cookie = views.count(school, read, servletRequest);
        if (cookie != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }

    private Long read(ContainerRequestContext request) {
        PublicPage page = resource.getResourceMethod().getAnnotation(PublicPage.class);
        return page != null && page.read()
                ? Long.valueOf(request.getUriInfo().getPathParameters().getFirst("id")) : null;
    }

    private static String school(ContainerRequestContext request) {
        return request.getUriInfo().getPathParameters().getFirst("code");
    }
}
