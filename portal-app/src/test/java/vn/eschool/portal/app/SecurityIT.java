package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two-factor sign-in and the tamper-evident activity logbook, in a real Payara Micro and database. */
class SecurityIT extends PortalIT {

    private static String codeAt(String secret, long step) throws CodeGenerationException {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000 / 30;
    }

    private String token(String school, String username, String password, String code) {
        var body = Json.createObjectBuilder().add("school", school).add("username", username).add("password", password);
        if (code != null) {
            body.add("code", code);
        }
        return body.build().toString();
    }

    @Test
    void aSchoolRequiringTwoFactorMakesItsAdminEnrolThenSignInWithCodes() throws Exception {
        String school = newSchoolWithAdmin("hieutruong");
        PortalClient admin = anonymous().as(school, "hieutruong", "mat-khau-quan-tri");
        assertEquals(200, admin.send(admin.request("api/v1/schools/" + school + "/security")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"requireTwoFactor\":true}"))).status());

        PortalClient gated = anonymous().as(school, "hieutruong", "mat-khau-quan-tri");
        PortalClient.Reply blocked = gated.get("api/v1/schools/" + school + "/accounts");
        assertEquals(403, blocked.status());
        assertEquals("two-factor-required", blocked.json().getString("code"));

        JsonObject enrolment = gated.post("api/v1/me/two-factor", "").json();
        String secret = enrolment.getString("secret");
        assertTrue(enrolment.getString("otpauthUri").startsWith("otpauth://totp/"));
        assertEquals(400, gated.post("api/v1/me/two-factor/confirm", "{\"code\":\"000000\"}").status());
        long step = now();
        List<String> backup = gated.post("api/v1/me/two-factor/confirm", "{\"code\":\"" + codeAt(secret, step) + "\"}")
                .json().getJsonArray("backupCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(10, backup.size());

        PortalClient.Reply withoutCode = anonymous().post("api/v1/auth/token",
                token(school, "hieutruong", "mat-khau-quan-tri", null));
        assertEquals(401, withoutCode.status());
        assertEquals("second-factor-required", withoutCode.json().getString("code"));
        assertEquals(401, anonymous().post("api/v1/auth/token",
                token(school, "hieutruong", "mat-khau-quan-tri", codeAt(secret, step))).status(),
                "a code is never accepted twice");
        assertEquals(200, anonymous().post("api/v1/auth/token",
                token(school, "hieutruong", "mat-khau-quan-tri", codeAt(secret, step + 1))).status());
        assertEquals(200, anonymous().post("api/v1/auth/token",
                token(school, "hieutruong", "mat-khau-quan-tri", backup.get(0))).status());
        assertEquals(401, anonymous().post("api/v1/auth/token",
                token(school, "hieutruong", "mat-khau-quan-tri", backup.get(0))).status(), "backup codes are single use");

        var outcomes = anonymous().as("", "admin", "district-admin-pass").get("api/v1/schools/" + school + "/logins")
                .array().stream().map(JsonObject.class::cast).map(e -> e.getString("outcome")).toList();
        assertTrue(outcomes.contains("BAD_SECOND_FACTOR"), outcomes.toString());
    }

    @Test
    void theLogbookRecordsAdministrativeActionsAndItsChainVerifies() {
        String school = newSchoolWithAdmin("quantri");
        PortalClient admin = anonymous().as(school, "quantri", "mat-khau-quan-tri");
        String teacher = unique("gv");
        admin.post("api/v1/schools/" + school + "/accounts", Json.createObjectBuilder().add("username", teacher)
                .add("fullName", "Giáo Viên Thử").add("role", "TEACHER").build().toString());
        admin.post("api/v1/schools/" + school + "/accounts/" + teacher + "/disable", "");

        var entries = admin.get("api/v1/schools/" + school + "/logbook").array().stream().map(JsonObject.class::cast)
                .toList();
        var actions = entries.stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("account.created", "account.disabled")), actions.toString());
        JsonObject disabled = entries.stream().filter(e -> e.getString("action").equals("account.disabled"))
                .findFirst().orElseThrow();
        assertEquals(school + "/quantri", disabled.getString("actor"));
        assertEquals(teacher, disabled.getString("target"));

        JsonObject verification = admin.get("api/v1/schools/" + school + "/logbook/verify").json();
        assertTrue(verification.getBoolean("intact"), verification.toString());
        assertTrue(verification.getJsonNumber("entriesChecked").longValue() >= 3);

        // The export is a CSV file: ask for it as such (the client asks API paths for JSON by default).
        PortalClient.Reply csv = admin.send(admin.request("api/v1/schools/" + school + "/logbook/export.csv")
                .setHeader("Accept", "text/csv").GET());
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("account.disabled"));

        PortalClient teacherClient = anonymous().as("thcs-sonca", "gv01", "demo-2026");
        assertEquals(403, teacherClient.get("api/v1/schools/" + school + "/logbook").status());
        assertEquals(403, teacherClient.get("api/v1/schools/thcs-sonca/logbook").status(), "teachers do not read it");
        assertEquals(401, anonymous().get("api/v1/schools/" + school + "/logbook/verify").status());
        assertFalse(anonymous().as("thcs-sonca", "hieutruong", "demo-2026")
                .get("api/v1/schools/thcs-sonca/logbook").body().contains(teacher), "one school's logbook only");
        assertEquals(403, anonymous().as("thcs-sonca", "hieutruong", "demo-2026")
                .get("api/v1/schools/" + school + "/logbook").status());
    }
}
