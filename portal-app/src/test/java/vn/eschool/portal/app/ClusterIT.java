package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two portal nodes on one PostgreSQL database and one shared directory, each with its own index: Payara Micro
 * processes started from the built WAR as an operator would (README, "Cluster"), not through Arquillian, which
 * manages one server per class, and clustered under one name with TCP member discovery (no multicast), as
 * PORTAL_CLUSTER_NAME and PORTAL_CLUSTER_MEMBERS do. Both nodes boot once for the whole class; the database
 * {@code cluster_it} is created afresh. Runs in the PostgreSQL pass of CI ({@code it.db.url} on PostgreSQL) or with
 * {@code -Dcluster.it=true}, and is skipped with the reason when PostgreSQL is not reachable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String SERVER = "127.0.0.1:5432";
    private static final String DATABASE = "cluster_it";
    private static final String ADMIN_PASSWORD = "district-admin-pass";
    private static final String PASSWORD = "mat-khau-thu-nghiem";
    private static final Duration BOOT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Path DIR = Path.of(System.getProperty("portal.it.data", "target/it-data")).getParent()
            .resolve("cluster-it");

    private static Node node1;
    private static Node node2;
    private static String school;
    /** The word in the titles of the uploads made while node 1 is killed. */
    private static final String UPLOAD_MARK = code();
    /** The cluster's name: another run's nodes on this machine stay out of it. */
    private static final String CLUSTER_NAME = "cluster-it-" + code();
    /** Each node's data grid port, every one of them a TCP member the others look for. */
    private static final int[] GRID_PORTS = new int[3];

    /** One portal process. */
    private record Node(int number, Process process, URL base) {

        PortalClient client() {
            return new PortalClient(base);
        }

        PortalClient as(String schoolCode, String username, String password) {
            return client().as(schoolCode, username, password);
        }
    }

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(System.getProperty("it.db.url", "").startsWith("jdbc:postgresql:")
                || Boolean.getBoolean("cluster.it"), "ClusterIT runs in the PostgreSQL pass (it.db.url), or with"
                + " -Dcluster.it=true");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres",
                "portal"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL is not reachable on " + SERVER + ": " + e.getMessage());
        }
        deleteTree(DIR);
        Files.createDirectories(DIR.resolve("shared"));
        for (int i = 0; i < GRID_PORTS.length; i++) {
            GRID_PORTS[i] = freePort();
        }
        node1 = start(1);
        awaitReady(node1);
        newSchool();
        node2 = start(2);
        awaitReady(node2);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Node node : new Node[] {node1, node2}) {
            if (node != null && node.process().isAlive()) {
                node.process().destroy();
                if (!node.process().waitFor(60, TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            }
        }
    }

    @Test
    @Order(0)
    void theNodesFoundEachOtherByTcpDiscoveryAndAreInStep() {
        assertClusterOf(node1, node2);
        assertClusterOf(node2, node1);
    }

    @Test
    @Order(1)
    void aPostPublishedOnOneNodeIsFoundAndShownOnTheOtherWithinTwoSeconds() {
        String home = "schools/" + school + "/";
        assertEquals(200, node2.client().get(home).status());
        assertEquals(200, node2.client().get(home).status(), "node 2 has the home page cached");
        String title = "Hội khỏe Phù Đổng " + code();
        PortalClient board = node1.as(school, "hieutruong", PASSWORD);
        String posts = "api/v1/schools/" + school + "/posts";
        long category = board.get("api/v1/schools/" + school + "/categories").array().stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("kind").equals("NEWS")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        PortalClient.Reply created = board.post(posts, Json.createObjectBuilder().add("categoryId", category)
                .add("title", title).add("body", "<p>" + title + "</p>").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, board.post(posts + "/" + id + "/publish", "{}").status());

        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        String search = "api/v1/schools/" + school + "/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
        assertTrue(awaitUntil(deadline, () -> node2.client().get(search).body().contains(title)),
                "node 2's index has the post within 2 s");
        assertTrue(awaitUntil(deadline, () -> node2.client().get(home).body().contains(title)),
                "node 2's cached home page shows it within 2 s");
    }

    @Test
    @Order(2)
    void fiveFailedSignInsSpreadOverBothNodesLockTheAccount() {
        String username = "gv" + code().substring(0, 6);
        addAccount(username, "TEACHER");
        for (int i = 0; i < 5; i++) {
            Node node = i % 2 == 0 ? node1 : node2;
            assertEquals(401, signIn(node, username, "sai-mat-khau-" + i), "failure " + (i + 1));
        }
        assertEquals(401, signIn(node1, username, PASSWORD), "locked on node 1");
        assertEquals(401, signIn(node2, username, PASSWORD), "locked on node 2");
    }

    @Test
    @Order(3)
    void theMonthlyReportJobFiredOnBothNodesPreparesEachReportOnce() {
        LocalDate today = LocalDate.now();
        LocalDate twentieth = today.withDayOfMonth(20);
        String date = (twentieth.isAfter(today) ? twentieth.minusMonths(1) : twentieth).toString();
        String job = "api/v1/admin/audit/monthly-reports?date=" + date;
        PortalClient admin1 = node1.as("", "admin", ADMIN_PASSWORD);
        PortalClient admin2 = node2.as("", "admin", ADMIN_PASSWORD);
        CompletableFuture<PortalClient.Reply> first = CompletableFuture.supplyAsync(() -> admin1.post(job, ""));
        CompletableFuture<PortalClient.Reply> second = CompletableFuture.supplyAsync(() -> admin2.post(job, ""));
        List<String> prepared = new ArrayList<>();
        for (PortalClient.Reply run : List.of(first.join(), second.join())) {
            assertEquals(200, run.status(), run.body());
            assertEquals(List.of(), strings(run.json().getJsonArray("failed")), run.body());
            prepared.addAll(strings(run.json().getJsonArray("prepared")));
        }
        assertEquals(1, prepared.stream().filter(school::equals).count(), "prepared once: " + prepared);
        assertEquals(prepared.size(), new HashSet<>(prepared).size(), "no school twice: " + prepared);
    }

    /**
     * Node 1 rebuilds for the whole cluster and publishes the rebuilt index as the next generation's snapshot; node 2,
     * ready throughout, replaces its index with it and replays the outbox after it, and answers as node 1 does.
     */
    @Test
    @Order(4)
    void aRebuildForTheClusterOnOneNodeIsLoadedByTheOther() {
        PortalClient admin1 = node1.as("", "admin", ADMIN_PASSWORD);
        PortalClient admin2 = node2.as("", "admin", ADMIN_PASSWORD);
        long before = admin2.get("api/v1/admin/index").json().getJsonNumber("generation").longValue();
        PortalClient.Reply started = admin1.post("api/v1/admin/index/rebuild?cluster=true", "");
        assertEquals(202, started.status(), started.body());
        JsonObject rebuilt = admin1.get("api/v1/admin/index?wait=600").json();
        assertFalse(rebuilt.getJsonObject("rebuild").getBoolean("running"), rebuilt.toString());
        assertFalse(rebuilt.getJsonObject("rebuild").containsKey("error"), rebuilt.toString());
        assertEquals("database", rebuilt.getString("builtFrom"));
        long generation = rebuilt.getJsonNumber("generation").longValue();
        assertEquals(before + 1, generation, rebuilt.toString());
        assertEquals(generation, rebuilt.getJsonObject("snapshot").getJsonNumber("generation").longValue());

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonObject[] seen = new JsonObject[1];
        List<JsonObject> notReady = new ArrayList<>();
        boolean followed = awaitUntil(deadline, () -> {
            seen[0] = admin2.get("api/v1/admin/index").json();
            if (!seen[0].getBoolean("ready")) {
                notReady.add(seen[0]);
            }
            return seen[0].getJsonNumber("generation").longValue() == generation
                    && seen[0].getJsonNumber("documents").equals(seen[0].getJsonNumber("databaseItems"));
        });
        assertTrue(followed, "node 2 loads generation " + generation + ": " + seen[0]);
        assertEquals("snapshot", seen[0].getString("builtFrom"));
        assertEquals(List.of(), notReady, "node 2 stays ready while it replaces its index");
        String search = "api/v1/schools/" + school + "/search?q="
                + URLEncoder.encode("Phù Đổng", StandardCharsets.UTF_8);
        JsonObject onNode1 = node1.as(school, "hieutruong", PASSWORD).get(search).json();
        JsonObject onNode2 = node2.as(school, "hieutruong", PASSWORD).get(search).json();
        assertTrue(onNode1.getJsonNumber("total").longValue() > 0, onNode1.toString());
        assertEquals(onNode1.getJsonNumber("total"), onNode2.getJsonNumber("total"));
        assertEquals(titles(onNode1), titles(onNode2));
        assertEquals(onNode1.getJsonObject("typeFacets"), onNode2.getJsonObject("typeFacets"));
    }

    /** Node 1 publishes its index now: the registered snapshot, which both nodes show; the one before is kept. */
    @Test
    @Order(5)
    void aSnapshotPublishedOnOneNodeIsRegisteredForAll() throws IOException {
        PortalClient admin1 = node1.as("", "admin", ADMIN_PASSWORD);
        PortalClient.Reply published = admin1.post("api/v1/admin/index/snapshot", "");
        assertEquals(200, published.status(), published.body());
        JsonObject snapshot = published.json();
        JsonObject status = admin1.get("api/v1/admin/index").json();
        assertEquals(status.getJsonNumber("generation"), snapshot.getJsonNumber("generation"));
        assertTrue(snapshot.getJsonNumber("position").longValue() <= status.getJsonNumber("outboxPosition")
                .longValue(), snapshot + " " + status);
        JsonObject onNode2 = node2.as("", "admin", ADMIN_PASSWORD).get("api/v1/admin/index").json()
                .getJsonObject("snapshot");
        assertEquals(snapshot.getString("name"), onNode2.getString("name"));
        assertEquals(snapshot.getJsonNumber("position"), onNode2.getJsonNumber("position"));
        Path snapshots = DIR.resolve("shared").resolve("index-snapshots");
        assertTrue(Files.isDirectory(snapshots.resolve(snapshot.getString("name"))));
        try (Stream<Path> kept = Files.list(snapshots)) {
            assertTrue(kept.count() <= 2, "the snapshot and the one before it");
        }
        assertEquals(403, node1.as(school, "hieutruong", PASSWORD).post("api/v1/admin/index/snapshot", "").status());
    }

    /**
     * Node 1 does not come back afterwards. {@code -Dcluster.kill.rounds=N} repeats the scenario N times (node 1
     * restarted before each), to look for a rare loss.
     */
    @Test
    @Order(6)
    void killingANodeDuringUploadsLosesNoAcknowledgedUploadAndLeavesNoOrphan() throws Exception {
        for (int round = 0; round < Integer.getInteger("cluster.kill.rounds", 1); round++) {
            if (!node1.process().isAlive()) {
                node1 = start(1);
                awaitReady(node1);
            }
            killNode1DuringUploads(round == 0 ? UPLOAD_MARK : code());
        }
        assertNoOrphan();
    }

    private static void killNode1DuringUploads(String mark) throws Exception {
        String teacher = "gvup" + code().substring(0, 4);
        addAccount(teacher, "TEACHER");
        PortalClient[] clients = {node1.as(school, teacher, PASSWORD), node2.as(school, teacher, PASSWORD)};
        // Fewer at once than a node's extraction queue takes (a thread per core and four times that queued).
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<CompletableFuture<String>> uploads = new ArrayList<>();
        try {
            CountDownLatch someAcknowledged = new CountDownLatch(12);
            for (int i = 0; i < 50; i++) {
                int n = i;
                uploads.add(CompletableFuture.supplyAsync(() -> upload(clients[n % 2], mark, n), pool)
                        .whenComplete((title, e) -> someAcknowledged.countDown()));
            }
            assertTrue(someAcknowledged.await(2, TimeUnit.MINUTES), "uploads are answered");
            node1.process().destroyForcibly(); // kill -9, with uploads in flight on both nodes
            CompletableFuture.allOf(uploads.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        List<String> acknowledged = uploads.stream().map(CompletableFuture::join).filter(t -> t != null).toList();
        Map<Boolean, Long> byNode = acknowledged.stream().collect(java.util.stream.Collectors.partitioningBy(
                t -> Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1)) % 2 == 0,
                java.util.stream.Collectors.counting()));
        assertTrue(byNode.get(true) > 0 && byNode.get(false) > 0, "both nodes acknowledged uploads: " + byNode);

        Set<String> stored = storedTitles(mark);
        assertTrue(stored.containsAll(acknowledged), "every acknowledged upload is stored");
        PortalClient board = node2.as(school, "hieutruong", PASSWORD);
        String search = "api/v1/schools/" + school + "/search?q=" + mark;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        assertTrue(awaitUntil(deadline, () -> board.get(search).json().getJsonNumber("total").longValue()
                == stored.size()), () -> "node 2's index holds exactly the stored uploads, " + stored.size() + ": "
                + board.get(search).json().getJsonNumber("total"));
    }

    /**
     * Every attachment row has its files in the shared directory and every file there belongs to a row, once the
     * surviving node has cleaned up what the killed one left in flight.
     */
    private static void assertNoOrphan() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> problems = new ArrayList<>();
        boolean clean = awaitUntil(deadline, () -> {
            problems.clear();
            problems.addAll(orphans());
            return problems.isEmpty();
        });
        assertTrue(clean, "orphans: " + problems);
    }

    private static List<String> orphans() {
        Set<String> referenced = new HashSet<>();
        List<String> problems = new ArrayList<>();
        try (Connection db = cluster(); Statement q = db.createStatement();
             ResultSet rows = q.executeQuery("SELECT id, sha256, text_sha256 FROM attachment")) {
            while (rows.next()) {
                for (String sha : new String[] {rows.getString(2), rows.getString(3)}) {
                    if (sha != null) {
                        referenced.add(sha);
                        if (!Files.exists(blob(sha))) {
                            problems.add("attachment " + rows.getLong(1) + " without its file " + sha);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String folder : new String[] {"files", "tmp"}) {
            Path dir = DIR.resolve("shared").resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> !referenced.contains(f.getFileName().toString()))
                            .forEach(f -> problems.add("file without a row: " + DIR.relativize(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return problems;
    }

    /** The titles of the lectures stored with their file whose title has {@code mark}. */
    private static Set<String> storedTitles(String mark) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (Connection db = cluster(); PreparedStatement q = db.prepareStatement("SELECT c.title"
                + " FROM content_item c JOIN attachment a ON a.id = c.attachment_id WHERE c.title LIKE ?")) {
            q.setString(1, "%" + mark + "%");
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        return stored;
    }

    private static Path blob(String sha) {
        return DIR.resolve("shared/files").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    /** Node 3 copies the registered snapshot instead of reading the database, and catches up from the outbox. */
    @Test
    @Order(7)
    void aNodeStartedLaterLoadsTheSnapshotAndAnswersAsTheOthers() throws Exception {
        String teacher = "gvlate" + code().substring(0, 4);
        addAccount(teacher, "TEACHER");
        PortalClient onNode2Teacher = node2.as(school, teacher, PASSWORD);
        for (int n = 100; n < 105; n++) {
            assertNotNull(upload(onNode2Teacher, UPLOAD_MARK, n), "upload " + n);
        }
        Node node3 = start(3);
        try {
            awaitReady(node3);
            assertClusterOf(node3, node2);
            JsonObject index3 = node3.as("", "admin", ADMIN_PASSWORD).get("api/v1/admin/index").json();
            assertEquals("snapshot", index3.getString("builtFrom"), index3.toString());
            assertEquals(index3.getJsonObject("snapshot").getJsonNumber("generation"),
                    index3.getJsonNumber("generation"));
            assertEquals(index3.getJsonNumber("databaseItems"), index3.getJsonNumber("documents"));
            String search = "api/v1/schools/" + school + "/search?q=" + UPLOAD_MARK;
            JsonObject onNode2 = node2.as(school, "hieutruong", PASSWORD).get(search).json();
            assertTrue(onNode2.getJsonNumber("total").longValue() >= 5, onNode2.toString());
            JsonObject onNode3 = node3.as(school, "hieutruong", PASSWORD).get(search).json();
            assertEquals(storedTitles(UPLOAD_MARK).size(), onNode2.getJsonNumber("total").longValue(), "node 2");
            assertEquals(onNode2.getJsonNumber("total"), onNode3.getJsonNumber("total"));
            assertEquals(onNode2.getJsonObject("typeFacets"), onNode3.getJsonObject("typeFacets"));
        } finally {
            node3.process().destroy();
            node3.process().waitFor();
        }
    }

    // --- helpers ---

    /**
     * {@code node}'s view of the cluster: the live nodes given (and no other) in its data grid under the cluster's
     * name, and in the database's heartbeats. The grid forms while the nodes boot; joins are awaited briefly.
     */
    private static void assertClusterOf(Node node, Node... others) {
        PortalClient district = node.as("", "admin", ADMIN_PASSWORD);
        Set<String> expected = new HashSet<>(Set.of("127.0.0.1:" + GRID_PORTS[node.number() - 1]));
        for (Node other : others) {
            expected.add("127.0.0.1:" + GRID_PORTS[other.number() - 1]);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject[] seen = new JsonObject[1];
        boolean formed = awaitUntil(deadline, () -> {
            seen[0] = district.get("api/v1/admin/cluster").json();
            JsonObject grid = seen[0].getJsonObject("dataGrid");
            long live = seen[0].getJsonArray("nodes").stream().map(JsonObject.class::cast)
                    .filter(n -> n.getBoolean("live")).count();
            return grid != null && new HashSet<>(strings(grid.getJsonArray("members"))).equals(expected)
                    && live == others.length + 1;
        });
        assertTrue(formed, "node " + node.number() + " sees " + expected + ": " + seen[0]);
        JsonObject grid = seen[0].getJsonObject("dataGrid");
        assertEquals(CLUSTER_NAME, grid.getString("name"));
        assertEquals("127.0.0.1:" + GRID_PORTS[node.number() - 1], grid.getString("self"));
    }

    /** A title word with its own upload content: the file store keeps each content once. */
    private static String upload(PortalClient client, String mark, int n) {
        String title = "Bài giảng " + mark + " số " + n;
        try {
            PortalClient.Reply reply = client.multipart("POST", "api/v1/schools/" + school + "/lectures",
                    Map.of("title", title, "subject", "Toán", "grade", "6", "className", "6A1"),
                    Map.of("bai-" + n + ".txt", (title + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
            return reply.status() == 201 ? title : null;
        } catch (RuntimeException connectionLost) {
            return null;
        }
    }

    private static int signIn(Node node, String username, String password) {
        return node.client().post("api/v1/auth/token", Json.createObjectBuilder().add("school", school)
                .add("username", username).add("password", password).build().toString()).status();
    }

    private static void newSchool() {
        school = "thcs-cum-" + code().substring(0, 6);
        PortalClient district = node1.as("", "admin", ADMIN_PASSWORD);
        assertEquals(201, district.post("api/v1/schools",
                "{\"code\":\"" + school + "\",\"name\":\"Trường THCS Cụm Máy\",\"level\":\"THCS\"}").status());
        addAccount("hieutruong", "SCHOOL_ADMIN");
    }

    private static void addAccount(String username, String role) {
        var account = Json.createObjectBuilder().add("username", username).add("fullName", "Người Thử " + username)
                .add("role", role).add("password", PASSWORD);
        if (role.equals("TEACHER")) {
            account.add("group", "Tổ Toán");
        }
        Node live = node1.process().isAlive() ? node1 : node2;
        PortalClient.Reply added = live.as("", "admin", ADMIN_PASSWORD).post("api/v1/schools/" + school
                + "/accounts", account.build().toString());
        assertEquals(201, added.status(), added.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static Node start(int number) throws IOException {
        int port = freePort();
        String members = IntStream.of(GRID_PORTS).mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        Path dataDir = DIR.resolve("node" + number);
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + dataDir.toAbsolutePath(),
                "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("portal.war"),
                "--addlibs", System.getProperty("portal.libs"),
                "--contextroot", "/", "--port", Integer.toString(port), "--clustername", CLUSTER_NAME,
                "--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
                "--startport", Integer.toString(GRID_PORTS[number - 1]),
                "--prebootcommandfile", Path.of(System.getProperty("payara.commands"), "pre-boot-commands.asadmin")
                        .toString())
                .redirectErrorStream(true).redirectOutput(DIR.resolve("node" + number + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("PORTAL_"));
        env.put("PORTAL_DB_URL", "jdbc:postgresql://" + SERVER + "/" + DATABASE);
        env.put("PORTAL_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        env.put("PORTAL_DB_USER", "postgres");
        env.put("PORTAL_DB_PASSWORD", "portal");
        env.put("PORTAL_DATA_DIR", dataDir.toAbsolutePath().toString());
        env.put("PORTAL_SHARED_DIR", DIR.resolve("shared").toAbsolutePath().toString());
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORTAL_PASSWORD_ITERATIONS", "250000");
        return new Node(number, builder.start(), new URL("http://127.0.0.1:" + port + "/"));
    }

    /** Await hook: the node's readiness (a complete index that has caught up), polled until the boot deadline. */
    private static void awaitReady(Node node) {
        long deadline = System.nanoTime() + BOOT.toNanos();
        boolean ready = awaitUntil(deadline, () -> {
            assertTrue(node.process().isAlive(), "node " + node.number() + " stopped: see " + DIR);
            try {
                return node.client().get("health/ready").status() == 200;
            } catch (RuntimeException notListening) {
                return false;
            }
        });
        assertTrue(ready, "node " + node.number() + " ready within " + BOOT);
    }

    /**
     * Polls {@code condition} until it holds or {@code deadline} (System.nanoTime) passes. Another process has no
     * await hook to offer: the pause only spaces the polls out, the deadline is what is tested.
     */
    private static boolean awaitUntil(long deadline, BooleanSupplier condition) {
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private static Connection cluster() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/" + DATABASE, "postgres", "portal");
    }

    /** The hits' titles in title order: equal indexes may still rank ties by different term statistics. */
    private static List<String> titles(JsonObject result) {
        return result.getJsonArray("hits").stream().map(JsonObject.class::cast).map(h -> h.getString("title"))
                .sorted().toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String code() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
