package vn.eschool.portal.layer1.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.eschool.portal.core.security.ClientAddress;
import vn.eschool.portal.core.security.SessionCookies;
import vn.eschool.portal.core.web.ConditionalGet;
import vn.eschool.portal.core.web.SecurityHeaders;

/**
 * Answers anonymous GETs of cached public pages before JAX-RS, Weld's request scope and FreeMarker: the bytes kept
 * by the {@link PageCache} (compressed once: brotli or gzip, as the browser accepts), 304 when the browser holds
 * the page, the pages' security headers, and the view counted like a rendered one ({@link PageViews}). A request with a
 * session cookie or an Authorization header goes on to JAX-RS (a signed-in user's pages are never cached).
 * Registered in portal-app's web.xml.
 */
public class CachedPageFilter extends HttpFilter {

    static final String CACHE_HEADER = "X-Page-Cache";
    /** Browsers may keep a page but ask each time; the validators make that question cheap. */
    static final String REVALIDATE = "no-cache";

    @Inject
    PageCache cache;

    @Inject
    PageViews views;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || hasSession(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.Lookup lookup = cache.lookup(PageCache.address(request));
        if (lookup.page().isEmpty()) {
            try {
                chain.doFilter(request, response);
            } finally {
                lookup.rendered();
            }
            return;
        }
        PageCache.Page page = lookup.page().get();
        String cookie = views.count(page.school(), page.read(), request);
        if (cookie != null) {
            response.addHeader("Set-Cookie", cookie);
        }
        SecurityHeaders.of(ClientAddress.isSecure(request)).forEach(response::setHeader);
        response.setHeader(CACHE_HEADER, "hit");
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", REVALIDATE);
        response.setHeader("Vary", "Accept-Encoding");
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.mediaType());
        byte[] body = page.body();
        String acceptEncoding = request.getHeader("Accept-Encoding");
        if (page.brotli() != null && accepts("br", acceptEncoding)) {
            response.setHeader("Content-Encoding", "br");
            body = page.brotli();
        } else if (accepts("gzip", acceptEncoding)) {
            response.setHeader("Content-Encoding", "gzip");
            body = page.gzipped();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** If-None-Match decides when sent (RFC 9110 §13.2.2); otherwise If-Modified-Since. */
    static boolean notModified(HttpServletRequest request, PageCache.Page page) {
        String tags = request.getHeader("If-None-Match");
        if (tags != null) {
            return ConditionalGet.matches(tags, page.etag());
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && since >= page.lastModified().toEpochMilli();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** {@code coding} listed without {@code q=0}, or {@code *}. */
    static boolean accepts(String coding, String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String listed : acceptEncoding.split(",")) {
            String[] parts = listed.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase(coding) || name.equals("*")) {
                return parts.length == 1 || !parts[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static boolean hasSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SessionCookies.SESSION.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
