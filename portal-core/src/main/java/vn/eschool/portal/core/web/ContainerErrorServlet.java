package vn.eschool.portal.core.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eschool.portal.core.rest.Problem;
import vn.eschool.portal.core.security.ClientAddress;

/**
 * The errors the container raises itself, outside JAX-RS (paths under {@code /WEB-INF} and {@code /META-INF},
 * failures before the application is reached): mapped here by {@code <error-page>} in web.xml, they are answered
 * like the application's own, problem+json for the API and the portal's Vietnamese page for browsers, never the
 * server's page naming its software, and with the same security headers ({@link SecurityHeaders}).
 */
public class ContainerErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    transient PageRenderer pages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 500;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t) {
            LOG.log(Level.WARNING, "Container error " + status, t);
        }
        Problem problem = Problem.forStatus(status);
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        SecurityHeaders.of(ClientAddress.isSecure(request)).forEach(response::setHeader);
        response.setCharacterEncoding("UTF-8");
        if (wantsPage(request)) {
            try {
                String html = pages.render("core/error.ftlh", Map.of("problem", problem));
                response.setContentType(Pages.HTML);
                response.getWriter().write(html);
                return;
            } catch (RuntimeException renderingFailed) {
                LOG.log(Level.FINE, "Error page not rendered", renderingFailed);
            }
        }
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }

    private static boolean wantsPage(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String u ? u : request.getRequestURI();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
