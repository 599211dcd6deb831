package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.eschool.portal.layer1.album.SampleJpeg;

/**
 * What every integration test class shares: the portal's WAR deployed in a real Payara Micro, the tests calling it
 * over HTTP as a client would, the district admin, and throwaway schools so that no test disturbs another's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PortalIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    PortalClient anonymous() {
        return new PortalClient(base);
    }

    PortalClient districtAdmin() {
        return anonymous().as("", "admin", "district-admin-pass");
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The value of a page's hidden form field, such as {@code _csrf}. */
    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no hidden " + name + " in " + html);
        return m.group(1);
    }

    /**
     * An e-lecture that is a picture of its own (never a duplicate of an earlier upload), shared in the public
     * repository of the demo school {@code school} by a teacher it is assigned to (the demo's password); its id.
     * {@code board} reads the teaching assignments.
     */
    long sharedPictureLecture(String school, PortalClient board) {
        String api = "api/v1/schools/" + school;
        JsonObject assigned = board.get(api + "/teaching-assignments").array().getJsonObject(0);
        PortalClient teacher = anonymous().as(school, assigned.getString("username"), "demo-2026");
        String className = assigned.getString("className");
        PortalClient.Reply lecture = teacher.multipart("POST", api + "/lectures", Map.of("title",
                "Hình học trực quan – kiểm tra trang", "subject", assigned.getString("subject"), "grade",
                className.replaceAll("\\D.*", ""), "className", className), Map.of("hinh-hoc.jpg",
                SampleJpeg.scene(900, 600, 7, unique("Hình học "))));
        assertEquals(201, lecture.status(), lecture.body());
        long id = lecture.json().getJsonArray("lectures").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, teacher.put(api + "/elearning/" + id, "{\"shared\":true}").status());
        return id;
    }

    /**
     * One HTTP/1.0 request (so the answer is not chunked) sent from another loopback address: 127.0.0.2 is another
     * client, 127.0.0.3 the one trusted proxy of the ITs (PORTAL_TRUSTED_PROXIES in portal-app/pom.xml).
     * {@code headers}: each line ending in CRLF. The whole answer, its status line first.
     */
    String requestFrom(String localAddress, String method, String path, String headers, byte[] body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + base.getPath() + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + base.getPort()
                    + "\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The status code of an answer {@link #requestFrom} returned. */
    static int status(String answer) {
        return Integer.parseInt(answer.substring(0, answer.indexOf('\r')).split(" ")[1]);
    }

    /** A school of its own with one school admin (password {@code mat-khau-quan-tri}). */
    String newSchoolWithAdmin(String adminUsername) {
        String code = unique("thcs-");
        assertEquals(201, districtAdmin().post("api/v1/schools",
                "{\"code\":\"" + code + "\",\"name\":\"Trường THCS Thử Nghiệm\",\"level\":\"THCS\"}").status());
        assertEquals(201, districtAdmin().post("api/v1/schools/" + code + "/accounts", Json.createObjectBuilder()
                .add("username", adminUsername).add("fullName", "Hiệu Trưởng Thử").add("role", "SCHOOL_ADMIN")
                .add("password", "mat-khau-quan-tri").build().toString()).status());
        return code;
    }
}
