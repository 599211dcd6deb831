package vn.eschool.portal.core.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.eschool.portal.core.cluster.ClusterLease;
import vn.eschool.portal.core.config.PortalConfig;

/**
 * Copies of a node's search index in the shared directory ({@value #DIR}), registered in {@code index_snapshot}, so
 * that a node without a usable index copies one and catches up from the outbox instead of reading the whole
 * database, and a rebuild for the whole cluster runs on one node. Only in a cluster
 * ({@link PortalConfig#indexSnapshots}).
 * A snapshot is written under a temporary name and renamed when whole; the one registered before it is kept, as a
 * node may be copying it, older ones are deleted. One node publishes at a time, under the lease {@value #LEASE}.
 */
@ApplicationScoped
public class IndexSnapshots {

    static final String DIR = "index-snapshots";
    static final String LEASE = "index-snapshot";
    /** Longer than copying a large index takes; a node that dies publishing frees the lease after it. */
    private static final Duration LEASE_TTL = Duration.ofHours(1);
    private static final String TEMPORARY = "tmp-";
    private static final Logger LOG = Logger.getLogger(IndexSnapshots.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    Outbox outbox;

    @Inject
    ClusterLease lease;

    public boolean enabled() {
        return config.indexSnapshots();
    }

    /** The registered snapshot: its name is null while none was published. */
    public Outbox.Snapshot registered() {
        return outbox.snapshot();
    }

    /**
     * Copies {@code index}'s last commit (it must record the outbox position) to the shared directory and registers
     * it as of {@code generation}, waiting for another node's publication if {@code wait}, else answering empty
     * when one runs (the lease is held until the registry is updated and older snapshots deleted). A snapshot of an
     * older generation than the registered one is discarded: the registered one is answered.
     */
    public Optional<Outbox.Snapshot> publish(ContentIndex index, long generation, boolean wait)
            throws IOException {
        if (!(wait ? lease.awaitTake(LEASE, LEASE_TTL) : lease.tryTake(LEASE, LEASE_TTL))) {
            return Optional.empty();
        }
        try {
            Path root = root();
            Files.createDirectories(root);
            Path temporary = root.resolve(TEMPORARY + UUID.randomUUID());
            Map<String, String> data;
            try {
                data = index.snapshotTo(temporary);
            } catch (IOException | RuntimeException e) {
                deleteTree(temporary);
                throw e;
            }
            String position = data.get(SearchIndexer.POSITION);
            if (position == null) {
                deleteTree(temporary);
                throw new IllegalStateException("The index's last commit records no outbox position");
            }
            OffsetDateTime takenAt = OffsetDateTime.now(ZoneOffset.UTC);
            String name = "g" + generation + "-p" + position + "-" + takenAt.toInstant().toEpochMilli();
            Files.move(temporary, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            Outbox.Snapshot previous = outbox.snapshot();
            Outbox.Snapshot snapshot = new Outbox.Snapshot(name, Long.parseLong(position),
                    data.get(ContentIndex.SCHEMA_VERSION), generation, config.nodeId(), takenAt);
            if (!outbox.register(snapshot)) {
                deleteTree(root.resolve(name));
                return Optional.of(outbox.snapshot());
            }
            deleteAllBut(root, Stream.of(name, previous.name()).filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            return Optional.of(snapshot);
        } finally {
            lease.release(LEASE);
        }
    }

    /** Whether a node can load {@code snapshot} and catch up from the outbox after it. */
    public boolean usable(Outbox.Snapshot snapshot) {
        return snapshot.name() != null && IndexSchema.VERSION.equals(snapshot.schemaVersion())
                && snapshot.position() >= outbox.prunedUpTo() && snapshot.position() <= outbox.latest()
                && Files.isDirectory(root().resolve(snapshot.name()));
    }

    /**
     * Copies {@code snapshot}'s files into this node's data directory (a local index to add to the node's own, and
     * no lock taken in the shared directory); {@link #discard} it afterwards.
     */
    public Path copy(Outbox.Snapshot snapshot) throws IOException {
        Path local = config.dataDir().resolve("index-snapshot-copy");
        deleteTree(local);
        Files.createDirectories(local);
        try (Stream<Path> files = Files.list(root().resolve(snapshot.name()))) {
            for (Path file : files.toList()) {
                Files.copy(file, local.resolve(file.getFileName()));
            }
        }
        return local;
    }

    /** Deletes a local copy; one left behind is deleted by the next {@link #copy}. */
    public void discard(Path local) {
        try {
            deleteTree(local);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Deleting the index snapshot's copy " + local + " failed", e);
        }
    }

    private Path root() {
        return config.sharedDir().resolve(DIR);
    }

    /** Deletes older snapshots, and temporary ones a publisher left when it died (its lease has expired since). */
    private static void deleteAllBut(Path root, Set<String> kept) throws IOException {
        Instant abandoned = Instant.now().minus(LEASE_TTL);
        List<Path> stale;
        try (Stream<Path> entries = Files.list(root)) {
            stale = entries.filter(p -> !kept.contains(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().startsWith(TEMPORARY) || modifiedBefore(p, abandoned))
                    .toList();
        }
        for (Path dir : stale) {
            deleteTree(dir);
        }
    }

    private static boolean modifiedBefore(Path path, Instant time) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(time);
        } catch (IOException gone) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
