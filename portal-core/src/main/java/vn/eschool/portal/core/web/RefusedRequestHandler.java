package vn.eschool.portal.core.web;

import jakarta.servlet.RequestDispatcher;
import java.io.CharConversionException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * In front of Payara's own HTTP handler: a request the servlet container would refuse before mapping it (its path
 * does not decode as UTF-8, or climbs above the root with {@code ..}) goes to the portal's error servlet as a 400
 * instead. Payara's {@code CoyoteAdapter} answers such a request with an empty 400 before any filter, valve or
 * web.xml error page; the error servlet answers problem+json under {@code /api/} and the Vietnamese page
 * elsewhere. The checks are the container's own: the path decoded by Grizzly as {@code CoyoteAdapter} decodes it,
 * then its normalisation rules (no backslash, no NUL, no {@code ..} above the root).
 */
final class RefusedRequestHandler extends HttpHandler {

    private final HttpHandler container;
    private final String errorPath;

    RefusedRequestHandler(HttpHandler container, String errorPath) {
        super(container.getName());
        this.container = container;
        this.errorPath = errorPath;
        setAllowEncodedSlash(container.isAllowEncodedSlash());
        setAllowCustomStatusMessage(container.isAllowCustomStatusMessage());
        setRequestURIEncoding(container.getRequestURIEncoding());
    }

    HttpHandler container() {
        return container;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (pathRefusedByTheContainer(request)) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequest().setRequestURI(errorPath);
            request.getRequest().setQueryString(null);
        }
        container.service(request, response);
    }

    private boolean pathRefusedByTheContainer(Request request) {
        String path;
        try {
            // The container decodes the same way (and reuses this decoding): nothing is decoded twice.
            path = request.getRequest().getRequestURIRef().getDecodedRequestURIBC(isAllowEncodedSlash()).toString();
        } catch (CharConversionException undecodable) {
            return true;
        }
        return !staysInsideTheRoot(path);
    }

    /** CoyoteAdapter's normalisation: the path is refused when it holds a backslash or NUL or climbs above "/". */
    static boolean staysInsideTheRoot(String path) {
        if (path.equals("*")) {
            return true;
        }
        if (!path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        if (!path.contains("..")) {
            return true;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    return false;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return true;
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void destroy() {
        container.destroy();
    }
}
