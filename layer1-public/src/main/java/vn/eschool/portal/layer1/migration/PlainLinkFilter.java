package vn.eschool.portal.layer1.migration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * WordPress's plain links ({@code /?p=123}) land on the school's home page, which exists: they are answered
 * before matching. After {@code TenantHostFilter} (a school's host name), hence the later priority.
 */
@ApplicationScoped
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class PlainLinkFilter implements ContainerRequestFilter {

    @Inject
    OldLinks oldLinks;

    @Override
    public void filter(ContainerRequestContext request) {
        if (OldLinks.isPlainLink(request.getUriInfo())) {
            oldLinks.redirect(request.getMethod(), request.getUriInfo()).ifPresent(request::abortWith);
        }
    }
}
