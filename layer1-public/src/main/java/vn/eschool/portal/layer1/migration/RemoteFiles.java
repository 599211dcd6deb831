package vn.eschool.portal.layer1.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches an old site's file from its address when the uploads ZIP lacks it: http(s) only, no redirects, a short
 * timeout, and never an address inside the portal's own network (the server must not be turned against it).
 * The size is capped where the stream is stored.
 */
final class RemoteFiles {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The file's content, or empty when it cannot be had. {@code probe} only asks whether it is there. */
    Optional<InputStream> fetch(String address, boolean probe) {
        try {
            URI uri = new URI(address.strip());
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || !isPublic(uri.getHost())) {
                return Optional.empty();
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .method(probe ? "HEAD" : "GET", HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                return Optional.empty();
            }
            return Optional.of(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException | IllegalArgumentException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isPublic(String host) throws IOException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                return false;
            }
        }
        return true;
    }
}
