package vn.eschool.portal.core.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.files.FileService;

/**
 * Bounds every request body by what its endpoint takes, before anything reads it: methods marked
 * {@link UploadEndpoint} up to the largest upload ({@code PORTAL_UPLOAD_MAX_BYTES}) plus the multipart form around
 * it, every other body (JSON, forms) to {@code PORTAL_BODY_MAX_BYTES}. A declared Content-Length above the limit is
 * answered 413 at once, and a body without one (chunked) is cut off with 413 as soon as it passes the limit, so
 * that neither is buffered to memory or disk first.
 *
 * <p>Runs after matching (the endpoint must be known) and before every other filter: the body is read only when
 * the resource method's parameters are, or by the CSRF filter for a form.
 */
@ApplicationScoped
@Provider
@Priority(Priorities.AUTHENTICATION - 200)
public class RequestSizeLimit implements ContainerRequestFilter {

    /** Room for the multipart boundaries, part headers and the form's text fields. */
    static final long FORM_OVERHEAD_BYTES = 1024 * 1024;

    @Inject
    PortalConfig config;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        UploadEndpoint upload = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(UploadEndpoint.class);
        long fileLimit = upload != null && upload.archive() ? config.maxArchiveBytes() : config.maxUploadBytes();
        long limit = upload != null ? fileLimit + FORM_OVERHEAD_BYTES : config.maxBodyBytes();
        Supplier<PortalException> refusal = upload != null ? () -> FileService.tooLarge(fileLimit)
                : () -> bodyTooLarge(config.maxBodyBytes());
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && !declared.isBlank()) {
            if (declaredLength(declared) > limit) {
                throw refusal.get();
            }
        } else if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit, refusal));
        }
    }

    public static PortalException bodyTooLarge(long maxBytes) {
        String size = maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB";
        return new PortalException(413, "body-too-large",
                "Dữ liệu gửi lên quá lớn (tối đa " + size + ").",
                "The request body is too large (at most " + size + ").");
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw PortalException.badRequest("bad-content-length", "Độ dài nội dung (Content-Length) không hợp lệ.",
                    "The Content-Length header is not a number.");
        }
    }

    /** A stream that fails with the refusal once more than {@code limit} bytes have been read from it. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private final Supplier<PortalException> refusal;
        private long read;

        Bounded(InputStream in, long limit, Supplier<PortalException> refusal) {
            super(in);
            this.limit = limit;
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw refusal.get();
            }
        }
    }
}
