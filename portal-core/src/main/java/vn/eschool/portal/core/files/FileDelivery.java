package vn.eschool.portal.core.files;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides how stored bytes go back to a browser, for every endpoint that serves a file: an
 * upload is never active content on the portal's origin. Raster images and PDF are shown inline, everything else
 * (SVG, HTML, XML, office files…) is a download; the type is the one found from the content at upload, never the
 * client's; {@code nosniff} stops the browser guessing another; and a sandbox CSP makes even a file opened by
 * hand a unique origin that runs nothing.
 *
 * <p>PDFs are the exception to the sandbox: Chromium's PDF viewer refuses to start in a sandboxed document (the
 * sandbox always forbids plugins, and no token lifts that), so a PDF gets {@code default-src 'none'} with only the
 * viewer's {@code object-src 'self'}. Its own scripts run inside the viewer, not on the portal's origin.
 */
public final class FileDelivery {

    /** Shown by the browser itself and never executed: the only types served inline. */
    static final Set<String> INLINE_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp",
            "application/pdf");

    public static final String SANDBOX_POLICY = "sandbox; default-src 'none'; frame-ancestors 'self'";
    static final String PDF_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

    private FileDelivery() {
    }

    /**
     * Sends the attachment's bytes with the headers below. Stored files are content-addressed, so the content's
     * SHA-256 is a strong ETag ({@code ConditionalGet} answers 304 to a browser that holds it); a file may stop
     * being readable (an item unpublished), so browsers keep it privately and ask again each time.
     */
    public static Response send(FileService files, Attachment attachment) {
        StreamingOutput body = out -> {
            try (InputStream in = files.open(attachment)) {
                in.transferTo(out);
            }
        };
        return headers(Response.ok(body), attachment.mediaType(), attachment.filename())
                .tag(new EntityTag(attachment.sha256())).header("Cache-Control", "private, no-cache")
                .header("Content-Length", attachment.sizeBytes()).build();
    }

    /** The headers of a file of this (detected) type and name; also for files the portal makes, e.g. thumbnails. */
    public static Response.ResponseBuilder headers(Response.ResponseBuilder response, String mediaType,
                                                   String filename) {
        return response.type(contentType(mediaType))
                .header("Content-Disposition", contentDisposition(mediaType, filename))
                .header("Content-Security-Policy", policy(mediaType))
                .header("X-Content-Type-Options", "nosniff");
    }

    /** The media type without its parameters, lower case; {@code application/octet-stream} when unknown. */
    static String baseType(String mediaType) {
        String base = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.isEmpty() || !base.contains("/") ? "application/octet-stream" : base;
    }

    public static boolean inline(String mediaType) {
        return INLINE_TYPES.contains(baseType(mediaType));
    }

    /** Inline types go as themselves; anything else keeps its detected type but can only be saved. */
    static String contentType(String mediaType) {
        return inline(mediaType) ? baseType(mediaType) : mediaType == null || mediaType.isBlank()
                ? "application/octet-stream" : mediaType.strip();
    }

    static String policy(String mediaType) {
        return "application/pdf".equals(baseType(mediaType)) ? PDF_POLICY : SANDBOX_POLICY;
    }

    /**
     * RFC 6266: {@code inline} or {@code attachment}, an ASCII {@code filename} for old clients and the real name
     * as {@code filename*} (RFC 8187, UTF-8, every byte outside attr-char percent-encoded).
     */
    static String contentDisposition(String mediaType, String filename) {
        String name = filename == null || filename.isBlank() ? "tep-tin" : filename;
        return (inline(mediaType) ? "inline" : "attachment") + "; filename=\"" + asciiFallback(name)
                + "\"; filename*=UTF-8''" + encode(name);
    }

    private static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return ascii.toString();
    }

    private static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~". */
    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
