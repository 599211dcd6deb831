package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

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
