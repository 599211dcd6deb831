package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Sign-in under attack (lockout per account and source, one answer for every refusal, one-time codes used once
 * under parallel use, sessions ended by password and two-factor changes, password hashes upgraded), two-factor
 * sign-in and the tamper-evident activity logbook, in a real Payara Micro and database.
 */
class SecurityIT extends PortalIT {

    private static final String TEACHER_PASSWORD = "mat-khau-giao-vien";

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

    /** A teacher of a school of its own: {school, username}. */
    private String[] newTeacher() {
        String school = newSchoolWithAdmin("quantri");
        String username = unique("gv");
        assertEquals(201, schoolAdmin(school).post("api/v1/schools/" + school + "/accounts", Json.createObjectBuilder()
                .add("username", username).add("fullName", "Giáo Viên Thử").add("role", "TEACHER")
                .add("password", TEACHER_PASSWORD).build().toString()).status());
        return new String[] {school, username};
    }

    private PortalClient schoolAdmin(String school) {
        return anonymous().as(school, "quantri", "mat-khau-quan-tri");
    }

    /** Each call at once from its own thread, released together; their replies in order. */
    private static <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> outcomesOf(String school, String username) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        for (var row : ItDatabase.query("select e.outcome as outcome, count(*) as n from login_event e"
                + " join account a on a.id = e.account_id where a.login_scope = ? and a.username = ?"
                + " group by e.outcome", school, username)) {
            counts.put((String) row.get("outcome"), ((Number) row.get("n")).longValue());
        }
        return counts;
    }

    /** A token request sent from another loopback address ({@link #requestFrom}); its status code. */
    private int tokenRequestFrom(String localAddress, String json) throws IOException {
        return tokenRequestFrom(localAddress, null, json);
    }

    private int tokenRequestFrom(String localAddress, String forwardedFor, String json) throws IOException {
        return status(requestFrom(localAddress, "POST", "api/v1/auth/token",
                (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                        + "Content-Type: application/json\r\nAccept: application/json\r\n",
                json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parallelWrongPasswordsLockAtExactlyFiveRecordedFailures() throws Exception {
        String[] teacher = newTeacher();
        String wrong = token(teacher[0], teacher[1], "sai-mat-khau", null);
        List<Callable<PortalClient.Reply>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            guesses.add(() -> anonymous().post("api/v1/auth/token", wrong));
        }
        for (PortalClient.Reply reply : inParallel(guesses)) {
            assertEquals(401, reply.status(), reply.body());
            assertEquals("invalid-credentials", reply.json().getString("code"));
        }
        Map<String, Long> outcomes = outcomesOf(teacher[0], teacher[1]);
        assertEquals(5L, outcomes.get("BAD_PASSWORD"), outcomes.toString());
        assertEquals(15L, outcomes.get("LOCKED"), outcomes.toString());
        assertEquals(401, anonymous().post("api/v1/auth/token", token(teacher[0], teacher[1], TEACHER_PASSWORD, null))
                .status(), "the right password does not unlock early");
    }

    @Test
    void lockedDisabledAndUnknownAccountsAnswerExactlyLikeAWrongPassword() {
        String[] locked = newTeacher();
        PortalClient.Reply wrongPassword = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            wrongPassword = anonymous().post("api/v1/auth/token", token(locked[0], locked[1], "sai-mat-khau", null));
        }
        PortalClient.Reply lockedReply = anonymous().post("api/v1/auth/token",
                token(locked[0], locked[1], TEACHER_PASSWORD, null));
        PortalClient.Reply unknown = anonymous().post("api/v1/auth/token",
                token(locked[0], unique("khong-co-"), TEACHER_PASSWORD, null));
        String[] disabled = newTeacher();
        assertEquals(200, schoolAdmin(disabled[0]).post("api/v1/schools/" + disabled[0] + "/accounts/" + disabled[1]
                + "/disable", "").status());
        PortalClient.Reply disabledReply = anonymous().post("api/v1/auth/token",
                token(disabled[0], disabled[1], TEACHER_PASSWORD, null));

        assertEquals(401, wrongPassword.status());
        assertEquals("invalid-credentials", wrongPassword.json().getString("code"));
        assertTrue(wrongPassword.json().getString("detail").contains("tạm khoá"), wrongPassword.body());
        for (PortalClient.Reply reply : List.of(lockedReply, unknown, disabledReply)) {
            assertEquals(wrongPassword.status(), reply.status());
            assertEquals(wrongPassword.contentType(), reply.contentType());
            assertEquals(wrongPassword.body(), reply.body());
        }
    }

    @Test
    void aStrangersFailuresFromAnotherAddressDoNotLockTheOwnerOut() throws Exception {
        String[] teacher = newTeacher();
        String wrong = token(teacher[0], teacher[1], "sai-mat-khau", null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, tokenRequestFrom("127.0.0.2", wrong));
        }
        String right = token(teacher[0], teacher[1], TEACHER_PASSWORD, null);
        assertEquals(401, tokenRequestFrom("127.0.0.2", right), "locked for the stranger's address");
        assertEquals(200, anonymous().post("api/v1/auth/token", right).status(), "not for the owner's");
    }

    @Test
    void aForwardedForIsBelievedOnlyFromATrustedProxy() throws Exception {
        String[] teacher = newTeacher();
        String wrong = token(teacher[0], teacher[1], "sai-mat-khau", null);
        String right = token(teacher[0], teacher[1], TEACHER_PASSWORD, null);
        // From an untrusted peer every guess claims another client: they all count for the peer.
        for (int attempt = 1; attempt <= 5; attempt++) {
            PortalClient.Reply reply = anonymous().send(anonymous().request("api/v1/auth/token")
                    .setHeader("Content-Type", "application/json").setHeader("X-Forwarded-For", "198.51.100." + attempt)
                    .POST(HttpRequest.BodyPublishers.ofString(wrong)));
            assertEquals(401, reply.status(), reply.body());
        }
        PortalClient.Reply forged = anonymous().send(anonymous().request("api/v1/auth/token")
                .setHeader("Content-Type", "application/json").setHeader("X-Forwarded-For", "198.51.100.99")
                .POST(HttpRequest.BodyPublishers.ofString(right)));
        assertEquals(401, forged.status(), "a forged header does not escape the lockout");

        // Behind the trusted proxy the forwarded address is the client: locked there, not for another client.
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, tokenRequestFrom("127.0.0.3", "6.6.6.6, 198.51.100.21", wrong));
        }
        assertEquals(401, tokenRequestFrom("127.0.0.3", "198.51.100.21", right), "locked for 198.51.100.21");
        assertEquals(200, tokenRequestFrom("127.0.0.3", "198.51.100.22", right), "not for 198.51.100.22");
        List<Map<String, Object>> recorded = ItDatabase.query("select e.ip as ip, e.outcome as outcome"
                + " from login_event e join account a on a.id = e.account_id where a.login_scope = ?"
                + " and a.username = ? order by e.id", teacher[0], teacher[1]);
        // The IT client's own address (not necessarily loopback), for every guess whatever it claimed.
        assertTrue(recorded.subList(0, 6).stream().allMatch(r -> r.get("ip").equals(recorded.get(0).get("ip"))
                && !String.valueOf(r.get("ip")).startsWith("198.51.100.")), recorded.toString());
        assertEquals("198.51.100.21", recorded.get(6).get("ip"), "the rightmost hop the proxy saw: " + recorded);
        assertEquals("198.51.100.22", recorded.get(recorded.size() - 1).get("ip"), recorded.toString());
    }

    @Test
    void oneTimeCodesSignInOnceWhenUsedTwiceInParallel() throws Exception {
        String school = newSchoolWithAdmin("hieutruong");
        PortalClient admin = anonymous().as(school, "hieutruong", "mat-khau-quan-tri");
        String secret = admin.post("api/v1/me/two-factor", "").json().getString("secret");
        long step = now();
        List<String> backup = admin.post("api/v1/me/two-factor/confirm", "{\"code\":\"" + codeAt(secret, step) + "\"}")
                .json().getJsonArray("backupCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();

        for (String code : List.of(codeAt(secret, step + 1), backup.get(0))) {
            String signIn = token(school, "hieutruong", "mat-khau-quan-tri", code);
            List<Callable<Integer>> uses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                uses.add(() -> anonymous().post("api/v1/auth/token", signIn).status());
            }
            List<Integer> statuses = inParallel(uses);
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), code + ": " + statuses);
            assertEquals(3, statuses.stream().filter(s -> s == 401).count(), code + ": " + statuses);
        }
    }

    @Test
    void aPasswordChangeSignsOutEveryOtherSessionAndToken() {
        String[] teacher = newTeacher();
        PortalClient elsewhere = anonymous().as(teacher[0], teacher[1], TEACHER_PASSWORD);
        PortalClient browser = anonymous();
        assertEquals(303, browser.postForm("login", Map.of("school", teacher[0], "username", teacher[1],
                "password", TEACHER_PASSWORD, "_csrf", "x"), Map.of("Cookie", "PORTAL_CSRF=x")).status());
        PortalClient changing = anonymous().as(teacher[0], teacher[1], TEACHER_PASSWORD);
        assertEquals(200, elsewhere.get("api/v1/me").status());
        assertEquals(200, browser.get("account").status());

        assertEquals(204, changing.post("api/v1/me/password", "{\"currentPassword\":\"" + TEACHER_PASSWORD
                + "\",\"newPassword\":\"mat-khau-moi-hon\"}").status());

        assertEquals(401, elsewhere.get("api/v1/me").status(), "the old token is revoked");
        assertEquals(303, browser.get("account").status(), "the browser session is revoked: back to the login page");
        assertEquals(200, changing.get("api/v1/me").status(), "the session that made the change stays");
    }

    @Test
    void resettingTwoFactorOrThePasswordSignsTheAccountOut() {
        String school = newSchoolWithAdmin("quantri");
        PortalClient admin = schoolAdmin(school);
        PortalClient editor = newEditorWithTwoFactor(school, admin);
        assertEquals(200, admin.post("api/v1/schools/" + school + "/accounts/bientap/two-factor-reset", "").status());
        assertEquals(401, editor.get("api/v1/me").status(), "two-factor reset ends the sessions");

        PortalClient again = anonymous().as(school, "bientap", "mat-khau-bien-tap");
        assertEquals(200, admin.post("api/v1/schools/" + school + "/accounts/bientap/password-reset", "").status());
        assertEquals(401, again.get("api/v1/me").status(), "an administrator's password reset ends the sessions");
    }

    private PortalClient newEditorWithTwoFactor(String school, PortalClient admin) {
        assertEquals(201, admin.post("api/v1/schools/" + school + "/accounts", Json.createObjectBuilder()
                .add("username", "bientap").add("fullName", "Biên Tập Thử").add("role", "EDITOR")
                .add("password", "mat-khau-bien-tap").build().toString()).status());
        PortalClient editor = anonymous().as(school, "bientap", "mat-khau-bien-tap");
        String secret = editor.post("api/v1/me/two-factor", "").json().getString("secret");
        try {
            assertEquals(200, editor.post("api/v1/me/two-factor/confirm",
                    "{\"code\":\"" + codeAt(secret, now()) + "\"}").status());
        } catch (CodeGenerationException e) {
            throw new AssertionError(e);
        }
        return editor;
    }

    @Test
    void aBrowserWithAnInitialPasswordIsSentToChangeItFirst() {
        String school = newSchoolWithAdmin("quantri");
        String username = unique("nv");
        String initial = schoolAdmin(school).post("api/v1/schools/" + school + "/accounts", Json.createObjectBuilder()
                .add("username", username).add("fullName", "Nhân Viên Thử").add("role", "STAFF").build().toString())
                .json().getString("initialPassword");
        PortalClient browser = anonymous();
        assertEquals(303, browser.postForm("login", Map.of("school", school, "username", username, "password", initial,
                "_csrf", "x"), Map.of("Cookie", "PORTAL_CSRF=x")).status());

        PortalClient.Reply page = browser.get("schools/" + school + "/noi-bo");
        assertEquals(303, page.status());
        assertEquals("/account/password", page.raw().headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        String form = browser.get("account/password").body();
        assertTrue(form.contains("name=\"newPassword\""), form);
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(csrf.find());
        assertEquals(400, browser.postForm("account/password", Map.of("_csrf", csrf.group(1), "currentPassword", "sai",
                "newPassword", "mat-khau-rieng-1"), Map.of()).status(), "the current password is checked");
        assertEquals(303, browser.postForm("account/password", Map.of("_csrf", csrf.group(1), "currentPassword", initial,
                "newPassword", "mat-khau-rieng-1"), Map.of()).status());

        assertEquals(200, browser.get("schools/" + school + "/noi-bo").status(), "this session goes on, unblocked");
    }

    @Test
    void aHashWithOlderParametersIsReplacedAtTheNextSignIn() throws Exception {
        String[] teacher = newTeacher();
        String select = "select password_hash from account where login_scope = ? and username = ?";
        String current = (String) ItDatabase.query(select, teacher[0], teacher[1]).get(0).get("password_hash");
        // 600,000 in production; the build's PORTAL_PASSWORD_ITERATIONS for these tests, above the old 210,000.
        String parameters = current.substring(0, current.indexOf(':', current.indexOf(':') + 1) + 1);
        assertTrue(Integer.parseInt(parameters.split(":")[1]) > 210_000, parameters);
        assertEquals(1, ItDatabase.update("update account set password_hash = ? where login_scope = ? and username = ?",
                pbkdf2(TEACHER_PASSWORD, 210_000), teacher[0], teacher[1]));

        anonymous().as(teacher[0], teacher[1], TEACHER_PASSWORD);

        String upgraded = (String) ItDatabase.query(select, teacher[0], teacher[1]).get(0).get("password_hash");
        assertTrue(upgraded.startsWith(parameters), upgraded);
        assertEquals(200, anonymous().post("api/v1/auth/token", token(teacher[0], teacher[1], TEACHER_PASSWORD, null))
                .status(), "the new hash verifies");
    }

    /** A hash as the container's Pbkdf2PasswordHash writes it: algorithm:iterations:salt:hash. */
    private static String pbkdf2(String password, int iterations) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }
}
