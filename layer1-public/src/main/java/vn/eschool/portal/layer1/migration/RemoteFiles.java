package vn.eschool.portal.layer1.migration;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Fetches an old site's file from its address when the uploads ZIP lacks it: http(s) only, no redirects, a short
 * timeout, and never an address inside the portal's own network (the server must not be turned against it). The
 * host is resolved once, every address it has is checked, and the connection goes to the address checked (a second
 * look-up could answer otherwise); the request still names the host, and TLS checks its certificate against it.
 * The size is capped where the stream is stored.
 */
final class RemoteFiles {

    private static final int TIMEOUT_MILLIS = (int) Duration.ofSeconds(10).toMillis();
    private static final int MAX_HEADER_LINE = 8192;
    private static final int MAX_HEADERS = 100;

    private final Predicate<InetAddress> allowed;

    RemoteFiles(Predicate<InetAddress> allowed) {
        this.allowed = allowed;
    }

    /** Public addresses only; with {@code loopbackToo} (integration tests' picture server) this machine's as well. */
    static RemoteFiles of(boolean loopbackToo) {
        return new RemoteFiles(loopbackToo ? address -> address.isLoopbackAddress() || isPublic(address)
                : RemoteFiles::isPublic);
    }

    /** The file's content, or empty when it cannot be had. {@code probe} only asks whether it is there. */
    Optional<InputStream> fetch(String address, boolean probe) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            InetAddress[] resolved = InetAddress.getAllByName(uri.getHost());
            if (!Arrays.stream(resolved).allMatch(allowed)) {
                return Optional.empty();
            }
            boolean tls = scheme.equals("https");
            int port = uri.getPort() < 0 ? (tls ? 443 : 80) : uri.getPort();
            Socket socket = connect(resolved, uri.getHost(), port, tls);
            try {
                return response(socket, uri, probe);
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        } catch (IOException | IllegalArgumentException | URISyntaxException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** A connection to the first of the checked addresses that answers. */
    private static Socket connect(InetAddress[] checked, String host, int port, boolean tls)
            throws IOException, NoSuchAlgorithmException {
        Socket plain = null;
        for (int i = 0; plain == null; i++) {
            Socket attempt = new Socket();
            try {
                attempt.connect(new InetSocketAddress(checked[i], port), TIMEOUT_MILLIS);
                plain = attempt;
            } catch (IOException unreachable) {
                attempt.close();
                if (i == checked.length - 1) {
                    throw unreachable;
                }
            }
        }
        try {
            plain.setSoTimeout(TIMEOUT_MILLIS);
            if (!tls) {
                return plain;
            }
            // Given the host's name, the socket sends it as SNI; the endpoint check matches the certificate to it.
            SSLSocket secure = (SSLSocket) SSLContext.getDefault().getSocketFactory()
                    .createSocket(plain, host, port, true);
            SSLParameters parameters = secure.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            secure.setSSLParameters(parameters);
            secure.startHandshake();
            return secure;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /**
     * Asks in HTTP/1.0, so that the answer is never chunked: its body is what follows the headers until the
     * connection closes. The stream returned closes the connection.
     */
    private static Optional<InputStream> response(Socket socket, URI uri, boolean probe) throws IOException {
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        String hostHeader = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(((probe ? "HEAD " : "GET ") + target + " HTTP/1.0\r\nHost: " + hostHeader
                + "\r\nAccept: */*\r\nUser-Agent: eschool-portal-import\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        String status = line(in);
        if (!status.matches("HTTP/1\\.[01] 200( .*)?")) {
            socket.close();
            return Optional.empty();
        }
        for (int headers = 0; ; headers++) {
            String header = line(in);
            if (header.isEmpty()) {
                break;
            }
            if (headers == MAX_HEADERS || header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")) {
                // Not HTTP/1.0's answer: rather none than a body read wrongly.
                socket.close();
                return Optional.empty();
            }
        }
        return Optional.of(new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                socket.close();
            }
        });
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.size() == MAX_HEADER_LINE) {
                throw new IOException("not an HTTP answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether an address is on the public Internet: not this machine, not a private, shared (carrier-grade NAT,
     * 100.64/10), link-local (the cloud's metadata service at 169.254.169.254 among them), unique-local (fc00::/7)
     * or multicast one, nor an IPv6 form of one of those IPv4 addresses.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 && !(first == 100 && (second & 0xc0) == 64) && first < 224;
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return false;
        }
        Inet6Address v6 = (Inet6Address) address;
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b;
        if (v6.isIPv4CompatibleAddress() || nat64) {
            try {
                return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
            } catch (java.net.UnknownHostException impossible) {
                return false;
            }
        }
        return true;
    }
}
