package vn.eschool.portal.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.school.SchoolService;

/**
 * A school's own host name (e.g. thcs-sonca.edu.vn) serves its public site: {@code /x} on that host is
 * {@code /schools/{code}/x}. API and shared paths are left alone.
 */
@ApplicationScoped
@Provider
@PreMatching
public class TenantHostFilter implements ContainerRequestFilter {

    /** The portal's own first path segments on any host, whole: an old {@code /accounting/} is the school's. */
    private static final Set<String> SHARED = Set.of("api", "schools", "static", "login", "logout", "account",
            "district");

    @Inject
    SchoolService schools;

    @Override
    public void filter(ContainerRequestContext request) {
        String host = request.getUriInfo().getRequestUri().getHost();
        if (host == null) {
            return;
        }
        String path = request.getUriInfo().getPath(false);
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (isShared(relative)) {
            return;
        }
        Optional<String> code = schools.codeForHost(host.toLowerCase(java.util.Locale.ROOT));
        code.ifPresent(c -> request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getBaseUri())
                .path("schools").path(c).path(relative)
                .replaceQuery(request.getUriInfo().getRequestUri().getRawQuery())
                .build()));
    }

    /** Whether a path (without its leading slash) is the portal's own rather than the school's site. */
    static boolean isShared(String relative) {
        int slash = relative.indexOf('/');
        return SHARED.contains(slash < 0 ? relative : relative.substring(0, slash));
    }
}
