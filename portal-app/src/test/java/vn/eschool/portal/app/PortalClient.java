package vn.eschool.portal.app;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the integration tests: JSON in and out, optional bearer token, its own cookies. */
final class PortalClient {

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final URI base;
    private final HttpClient http;
    private String token;

    PortalClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    PortalClient as(String school, String username, String password) {
        Reply reply = post("api/v1/auth/token", Json.createObjectBuilder().add("school", school)
                .add("username", username).add("password", password).build().toString());
        if (reply.status() != 200) {
            throw new AssertionError("Sign-in of " + username + " failed: " + reply.status() + " " + reply.body());
        }
        PortalClient client = new PortalClient(url());
        client.token = reply.json().getString("token");
        return client;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    Reply upload(String path, String filename, byte[] content) {
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(fileForm(filename, content))));
    }

    /** The same upload sent chunked, without a Content-Length, as a streaming client would. */
    Reply uploadChunked(String path, String filename, byte[] content) {
        byte[] body = fileForm(filename, content);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    private static final String BOUNDARY = "----portal-test-boundary";

    private static byte[] fileForm(String filename, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A multipart form: text fields, then each file as a part named "file" (file name → content). */
    Reply multipart(String method, String path, Map<String, String> fields, Map<String, byte[]> files) {
        return multipartParts(method, path, fields, Map.of("file", files));
    }

    /** Files under several part names: part name → file name → content. */
    Reply multipartParts(String method, String path, Map<String, String> fields, Map<String, Map<String, byte[]>> parts) {
        String boundary = "----portal-test-boundary";
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        parts.forEach((part, files) -> files.forEach((filename, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Reply send(HttpRequest.Builder builder) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary download, such as a workbook, asking for {@code accept}. */
    HttpResponse<byte[]> download(String path, String accept) {
        return bytes(path, "Accept", accept);
    }

    /**
     * The raw bytes of a GET with these request headers (name, value, …), e.g. a compressed or conditional one.
     * Over HTTP/1.1 as browsers speak plain HTTP: the client would otherwise upgrade to h2c, which Grizzly does
     * not compress.
     */
    HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder builder = request(path).version(HttpClient.Version.HTTP_1_1).GET();
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return sendBytes(builder);
    }

    /** A request answered with bytes (an archive, a workbook). */
    HttpResponse<byte[]> sendBytes(HttpRequest.Builder builder) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** API paths ask for JSON, pages for HTML, as a browser would. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .setHeader("Accept", path.startsWith("api/") ? "application/json" : "text/html,*/*;q=0.8");
    }

    URL url() {
        try {
            return base.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
