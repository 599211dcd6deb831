package vn.eschool.portal.layer1.migration;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses of a school's older portal, reduced to the keys the redirect table and the file lookup use: the path of
 * a permalink relative to the old site (decoded, without its trailing slash), {@code ?p=123} for WordPress's plain
 * links, and the path of an upload under {@code wp-content/uploads/}.
 */
public final class OldAddresses {

    private static final Pattern PLAIN = Pattern.compile("(?:^|&)(?:p|page_id)=(\\d+)(?:&|$)");
    private static final String UPLOADS = "/wp-content/uploads/";

    private final String sitePath;
    private final String host;

    /** {@code siteUrl} is the export's base_blog_url, e.g. {@code http://truong.edu.vn} or {@code http://x.vn/blog}. */
    public OldAddresses(String siteUrl) {
        URI site = parse(siteUrl).orElse(URI.create("/"));
        this.host = site.getHost() == null ? null : site.getHost().toLowerCase(Locale.ROOT);
        this.sitePath = strip(site.getPath() == null ? "" : site.getPath());
    }

    /** The key of a plain link's post id. */
    public static String plainKey(long postId) {
        return "?p=" + postId;
    }

    /** The key of a request's path and query on the school's address, as the redirect table stores it. */
    public static Optional<String> keyOfRequest(String path, String query) {
        if (query != null) {
            Matcher plain = PLAIN.matcher(query);
            if (plain.find() && strip(path).isEmpty()) {
                return Optional.of(plainKey(Long.parseLong(plain.group(1))));
            }
        }
        String key = strip(path);
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** The key of a permalink of the old site, if the link is on it (other sites' links are not ours to move). */
    public Optional<String> keyOf(String link) {
        Optional<URI> uri = parse(link).filter(this::onSite);
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        String path = strip(uri.get().getPath() == null ? "" : uri.get().getPath());
        if (!path.startsWith(sitePath)) {
            return Optional.empty();
        }
        return keyOfRequest(path.substring(sitePath.length()), uri.get().getRawQuery());
    }

    /** The path of an upload under {@code wp-content/uploads/} (e.g. {@code 2023/09/anh.jpg}), wherever it is hosted. */
    public static Optional<String> uploadPath(String url) {
        return pathUnder(url, UPLOADS);
    }

    /** The path of a file under {@code folder} (e.g. NukeViet's {@code /uploads/news/}), in an address or a path. */
    public static Optional<String> pathUnder(String url, String folder) {
        int at = url == null ? -1 : url.indexOf(folder);
        if (at < 0) {
            return Optional.empty();
        }
        String path = url.substring(at + folder.length()).replaceAll("[?#].*$", "");
        return path.isEmpty() || path.contains("..") ? Optional.empty()
                : Optional.of(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    private boolean onSite(URI uri) {
        return uri.getHost() == null ? uri.getPath() != null && uri.getPath().startsWith("/")
                : uri.getHost().toLowerCase(Locale.ROOT).equals(host);
    }

    private static Optional<URI> parse(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(link.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String strip(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
