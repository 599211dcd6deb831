package vn.eschool.portal.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.SchoolService;

/**
 * A school's own host name (e.g. thcs-sonca.edu.vn) serves its public site: {@code /x} on that host is
 * {@code /schools/{code}/x}. API and shared paths are left alone.
 */
@ApplicationScoped
@Provider
@PreMatching
public class TenantHostFilter implements ContainerRequestFilter {

    private static final List<String> SHARED = List.of("api/", "schools/", "static/", "login", "logout",
            "account", "district");

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
        if (SHARED.stream().anyMatch(relative::startsWith)) {
            return;
        }
        Optional<String> code = schools.codeForHost(host.toLowerCase(java.util.Locale.ROOT));
        code.ifPresent(c -> request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getBaseUri())
                .path("schools").path(c).path(relative)
                .replaceQuery(request.getUriInfo().getRequestUri().getRawQuery())
                .build()));
    }
}
