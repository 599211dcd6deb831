package vn.eschool.portal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.EntityTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.eschool.portal.core.rest.PortalException;

/** Style sheets, scripts and images from {@code static/} on the class path of core and plugins. */
@RequestScoped
@Path("/static/{file: [a-zA-Z0-9_.-]+}")
public class StaticResource {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2");

    /** File name → its bytes and tag: the class path does not change while the application runs. */
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    private record Loaded(byte[] bytes, EntityTag tag) {
    }

    @GET
    public Response file(@PathParam("file") String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        Loaded loaded = type == null ? null : LOADED.computeIfAbsent(file, StaticResource::load);
        if (loaded == null) {
            throw PortalException.notFound("Không tìm thấy tệp.", "File not found.");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(loaded.bytes(), type).tag(loaded.tag()).cacheControl(cache).build();
    }

    /** Null (not kept) when there is no such file, so a miss adds nothing to the map. */
    private static Loaded load(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("static/" + file)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            return new Loaded(bytes, new EntityTag(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
