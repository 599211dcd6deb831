package vn.eschool.portal.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import vn.eschool.portal.core.rest.Problem;

/**
 * The API answers errors with problem+json; a person browsing the site gets a readable Vietnamese page with
 * the same status instead.
 */
@ApplicationScoped
public class ErrorResponses {

    @Inject
    HttpServletRequest request;

    @Inject
    PageRenderer pages;

    public Response of(Problem problem) {
        if (!wantsPage()) {
            return problem.toResponse();
        }
        try {
            String html = pages.render("core/error.ftlh", Map.of("problem", problem));
            return Response.status(problem.status()).type(Pages.HTML).entity(html).build();
        } catch (RuntimeException renderingFailed) {
            return problem.toResponse();
        }
    }

    private boolean wantsPage() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
