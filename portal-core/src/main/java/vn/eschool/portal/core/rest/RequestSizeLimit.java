package vn.eschool.portal.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.files.FileService;

/**
 * Refuses a request body larger than the largest upload ({@code PORTAL_UPLOAD_MAX_BYTES}) plus the multipart
 * form around it, before anything reads it: a declared Content-Length above that is answered 413 at once, and
 * a body without one (chunked) is cut off with 413 as soon as it passes the limit, so that neither is buffered
 * to memory or disk first.
 */
@ApplicationScoped
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    /** Room for the multipart boundaries, part headers and the form's text fields. */
    static final long FORM_OVERHEAD_BYTES = 1024 * 1024;

    @Inject
    PortalConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = config.maxUploadBytes() + FORM_OVERHEAD_BYTES;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && !declared.isBlank()) {
            if (declaredLength(declared) > limit) {
                throw FileService.tooLarge(config.maxUploadBytes());
            }
        } else if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit, config.maxUploadBytes()));
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw PortalException.badRequest("bad-content-length", "Độ dài nội dung (Content-Length) không hợp lệ.",
                    "The Content-Length header is not a number.");
        }
    }

    /** A body that fails with 413 once more than {@code limit} bytes have been read. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private final long maxUploadBytes;
        private long read;

        Bounded(InputStream in, long limit, long maxUploadBytes) {
            super(in);
            this.limit = limit;
            this.maxUploadBytes = maxUploadBytes;
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
                throw FileService.tooLarge(maxUploadBytes);
            }
        }
    }
}
