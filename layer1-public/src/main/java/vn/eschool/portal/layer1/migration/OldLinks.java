package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old addresses of imported posts, under the school's address ({@code /schools/{code}/2023/09/01/slug/},
 * {@code /schools/{code}/?p=123}, or the same paths on the school's own host name, which {@code TenantHostFilter}
 * has turned into these): a 301 to the post's article page.
 */
@ApplicationScoped
public class OldLinks {

    private static final Pattern UNDER_SCHOOL = Pattern.compile("^/?schools/([^/]+)(/.*)?$");

    @Inject
    ImportRecords records;

    /** The 301 for a GET of this address, if it is an old one. */
    public Optional<Response> redirect(String method, UriInfo uri) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Optional.empty();
        }
        Matcher m = UNDER_SCHOOL.matcher(uri.getPath(true));
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = m.group(1);
        return OldAddresses.keyOfRequest(m.group(2) == null ? "" : m.group(2), uri.getRequestUri().getRawQuery())
                .flatMap(key -> records.redirectOf(code, key))
                .map(post -> Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create("/schools/" + code + "/bai-viet/" + post.id())).build());
    }

    /** Whether the address is the school's home with a query, the only old address a page of the portal answers. */
    static boolean isPlainLink(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return query != null && (query.contains("p=") || query.contains("page_id="))
                && uri.getPath(true).matches("^/?schools/[^/]+/?$");
    }
}
