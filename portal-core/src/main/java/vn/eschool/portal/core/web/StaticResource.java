package vn.eschool.portal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import vn.eschool.portal.core.rest.PortalException;

/** Style sheets, scripts and images from {@code static/} on the class path of core and plugins. */
@RequestScoped
@Path("/static/{file: [a-zA-Z0-9_.-]+}")
public class StaticResource {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2");

    @GET
    public Response file(@PathParam("file") String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        InputStream in = type == null ? null
                : Thread.currentThread().getContextClassLoader().getResourceAsStream("static/" + file);
        if (in == null) {
            throw PortalException.notFound("Không tìm thấy tệp.", "File not found.");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(in, type).cacheControl(cache).build();
    }
}
