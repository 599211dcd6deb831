package vn.eschool.portal.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.eschool.portal.core.security.TrustedProxies;

/**
 * Settings read through MicroProfile Config, so each can come from an environment variable
 * ({@code PORTAL_DATA_DIR}, {@code PORTAL_UPLOAD_MAX_BYTES}, ...) or a system property.
 */
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "portal.data.dir", defaultValue = "data")
    String dataDir;

    /** Files every node of a cluster shares (uploads, thumbnails, keys); the data directory when unset. */
    @Inject
    @ConfigProperty(name = "portal.shared.dir")
    Optional<String> sharedDir;

    /** How often one node of a cluster publishes a snapshot of its search index to the shared directory. */
    @Inject
    @ConfigProperty(name = "portal.index.snapshot.minutes", defaultValue = "360")
    long indexSnapshotMinutes;

    @Inject
    @ConfigProperty(name = "portal.upload.max.bytes", defaultValue = "524288000")
    long maxUploadBytes;

    /** A school's archive sent for import (a whole school: files included). */
    @Inject
    @ConfigProperty(name = "portal.archive.max.bytes", defaultValue = "53687091200")
    long maxArchiveBytes;

    /** Every request body but an upload's: JSON, forms. */
    @Inject
    @ConfigProperty(name = "portal.body.max.bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "portal.school.quota.bytes", defaultValue = "21474836480")
    long schoolQuotaBytes;

    @Inject
    @ConfigProperty(name = "portal.image.max.pixels", defaultValue = "40000000")
    long imageMaxPixels;

    @Inject
    @ConfigProperty(name = "portal.token.ttl.minutes", defaultValue = "720")
    long tokenTtlMinutes;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Integration tests only: the portal's clock can be moved (see {@code TestClockResource}). */
    @Inject
    @ConfigProperty(name = "portal.test.clock", defaultValue = "false")
    boolean testClock;

    /** Reverse proxies whose X-Forwarded-For names the client (CIDR list); none by default. */
    @Inject
    @ConfigProperty(name = "portal.trusted.proxies")
    Optional<String> trustedProxiesSetting;

    private volatile TrustedProxies trustedProxies;

    /** Base64 256-bit key encrypting secrets at rest; without it a key file is generated in the data directory. */
    @Inject
    @ConfigProperty(name = "portal.secret.key")
    Optional<String> secretKey;

    private String nodeId;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /**
     * Where the files every node must see are kept: the file store, thumbnails, the key file, the district's
     * programme. Each node keeps its own search index in {@link #dataDir()}.
     */
    public Path sharedDir() {
        return sharedDir.filter(d -> !d.isBlank()).map(d -> Path.of(d).toAbsolutePath().normalize())
                .orElseGet(this::dataDir);
    }

    /**
     * Whether nodes share index snapshots ({@code index-snapshots} in the shared directory): only when that
     * directory is not the data directory, i.e. in a cluster. A single node needs none.
     */
    public boolean indexSnapshots() {
        return !sharedDir().equals(dataDir());
    }

    public Duration indexSnapshotInterval() {
        return Duration.ofMinutes(indexSnapshotMinutes);
    }

    /**
     * This node's name in the cluster's tables (outbox positions, leases): kept in its data directory, so a
     * restarted node is the same node.
     */
    public synchronized String nodeId() {
        if (nodeId == null) {
            Path file = dataDir().resolve("node-id");
            try {
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, UUID.randomUUID().toString(), StandardCharsets.UTF_8);
                }
                nodeId = Files.readString(file, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the node's id in " + file, e);
            }
        }
        return nodeId;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public long maxArchiveBytes() {
        return maxArchiveBytes;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The storage quota of each school: the sum of the sizes of its files. */
    public long schoolQuotaBytes() {
        return schoolQuotaBytes;
    }

    /** The most pixels (width × height) an uploaded photo may have: larger ones are refused before decoding. */
    public long imageMaxPixels() {
        return imageMaxPixels;
    }

    public Duration tokenTtl() {
        return Duration.ofMinutes(tokenTtlMinutes);
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public Optional<String> secretKey() {
        return secretKey.filter(k -> !k.isBlank());
    }

    public boolean testClock() {
        return testClock;
    }

    public boolean demo() {
        return demo;
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** @throws IllegalArgumentException the setting is not a list of networks */
    public TrustedProxies trustedProxies() {
        if (trustedProxies == null) {
            trustedProxies = TrustedProxies.parse(trustedProxiesSetting.orElse(""));
        }
        return trustedProxies;
    }
}
