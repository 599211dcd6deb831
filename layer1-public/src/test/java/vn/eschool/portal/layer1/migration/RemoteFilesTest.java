package vn.eschool.portal.layer1.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteFilesTest {

    @Test
    void onlyPublicAddressesAreFetchedFrom() throws Exception {
        for (String inside : List.of("127.0.0.1", "127.8.9.1", "10.1.2.3", "172.16.0.1", "192.168.1.1",
                "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3",
                "224.0.0.1", "255.255.255.255", "::1", "::", "fc00::1", "fd00:ec2::254", "fe80::1", "febf::1",
                "fec0::1", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe")) {
            assertFalse(RemoteFiles.isPublic(InetAddress.getByName(inside)), inside);
        }
        for (String outside : List.of("8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.32.0.1",
                "2001:4860:4860::8888", "2606:4700::1111", "64:ff9b::808:808")) {
            assertTrue(RemoteFiles.isPublic(InetAddress.getByName(outside)), outside);
        }
    }

    @Test
    void aFileIsFetchedFromTheAddressCheckedAndOnlyAnOkAnswerCounts() throws Exception {
        byte[] picture = "không phải ảnh thật".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> hosts = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            boolean found = exchange.getRequestURI().getPath().equals("/wp-content/uploads/anh.jpg");
            exchange.sendResponseHeaders(found ? 200 : 404, exchange.getRequestMethod().equals("HEAD") ? -1 : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                if (found && !exchange.getRequestMethod().equals("HEAD")) {
                    out.write(picture);
                }
            }
        });
        server.start();
        try {
            String base = "http://localhost:" + server.getAddress().getPort();
            assertEquals(Optional.empty(), RemoteFiles.of(false).fetch(base + "/wp-content/uploads/anh.jpg", false),
                    "this machine is refused outside the tests");
            assertTrue(hosts.isEmpty(), "refused before connecting");

            RemoteFiles tests = RemoteFiles.of(true);
            try (InputStream in = tests.fetch(base + "/wp-content/uploads/anh.jpg", false).orElseThrow()) {
                assertArrayEquals(picture, in.readAllBytes());
            }
            assertEquals("localhost:" + server.getAddress().getPort(), hosts.get(0), "the request names the host");
            tests.fetch(base + "/wp-content/uploads/anh.jpg", true).orElseThrow().close();
            assertEquals(Optional.empty(), tests.fetch(base + "/khong-co.jpg", false));
            assertEquals(Optional.empty(), tests.fetch("ftp://localhost/anh.jpg", false));
            assertEquals(Optional.empty(), tests.fetch("không phải địa chỉ", false));
        } finally {
            server.stop(0);
        }
    }
}
