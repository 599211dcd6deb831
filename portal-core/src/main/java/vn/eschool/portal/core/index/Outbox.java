package vn.eschool.portal.core.index;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.eschool.portal.core.bootstrap.PortalBootstrap;
import vn.eschool.portal.core.cluster.DataGrid;
import vn.eschool.portal.core.config.PortalConfig;

/**
 * The index outbox ({@code index_event}): one row per changed content item, written in the changing transaction,
 * read by every node in id order. A row is written on the persistence context's own connection, the one its
 * transaction commits: an item's row is written from JPA's flush of the item, and a connection asked of the data
 * source there was seen to commit apart from it (ClusterIT: another node read the event before the item existed
 * and took the item for deleted). Reads use the data source. Times are the machines' real time (never the
 * portal's adjustable clock), as the nodes' heartbeats compare them. Once a transaction that wrote events commits,
 * the data grid tells every node's follower to read them at once instead of at its next poll.
 */
@ApplicationScoped
public class Outbox {

    /**
     * One change: the item to read again from the database (gone: delete it from the index), or none when the
     * school's pages changed outside the content base.
     */
    public record Event(long id, Long itemId, long schoolId, String schoolCode) {
    }

    /** A node's last heartbeat: every event up to {@code applied} is in its index. */
    public record Heartbeat(String node, long applied, OffsetDateTime seenAt) {
    }

    /**
     * The registered index snapshot ({@code index_snapshot}): {@code name} is null while none was published;
     * {@code generation} counts the cluster's rebuilds even then.
     */
    public record Snapshot(String name, long position, String schemaVersion, long generation, String node,
                           OffsetDateTime takenAt) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    DataGrid grid;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private DataSource dataSource;

    /** Appends an event to the caller's transaction; its id. */
    public long append(long itemId, long schoolId, String schoolCode) {
        // Not closed: the connection is the persistence context's.
        Connection c = transactionConnection();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO index_event (item_id, school_id, school_code, created_at) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, itemId);
            s.setLong(2, schoolId);
            s.setString(3, schoolCode);
            s.setObject(4, now());
            s.executeUpdate();
            announceOnCommit();
            try (ResultSet key = s.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the index outbox failed", e);
        }
    }

    /** Appends to the caller's transaction that the school's public pages changed without a content item. */
    public void appendSiteChange(String schoolCode) {
        try (PreparedStatement s = prepare(transactionConnection(), "INSERT INTO index_event (item_id, school_id,"
                + " school_code, created_at) SELECT NULL, id, code, ? FROM school WHERE code = ?", now(), schoolCode)) {
            s.executeUpdate();
            announceOnCommit();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the index outbox failed", e);
        }
    }

    /** Once per transaction: after it commits, the followers are told to read its events. */
    private void announceOnCommit() {
        if (transactions.getResource(Outbox.class) == null) {
            transactions.putResource(Outbox.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        grid.announceOutboxEvents();
                    }
                }
            });
        }
    }

    /** The connection the caller's transaction commits: the persistence context's, which flushes the change. */
    private Connection transactionConnection() {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("The index outbox is written only inside the changing transaction");
        }
        return c;
    }

    /** Events with ids after {@code id}, lowest first, at most {@code limit}. */
    public List<Event> after(long id, int limit) {
        return events("SELECT id, item_id, school_id, school_code FROM index_event WHERE id > ? ORDER BY id"
                + " FETCH FIRST " + limit + " ROWS ONLY", id);
    }

    /** The events among {@code ids} that exist (committed since they were missed). */
    public List<Event> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return events("SELECT id, item_id, school_id, school_code FROM index_event WHERE id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") ORDER BY id");
    }

    /**
     * A position every earlier event is committed at, as far as can be known: the last event older than
     * {@code grace}, or how far the outbox was pruned. A rebuild reading the database from now replays after it.
     */
    public long settled(Duration grace) {
        long older = single("SELECT COALESCE(MAX(id), 0) FROM index_event WHERE created_at < ?",
                now().minus(grace));
        return Math.max(older, prunedUpTo());
    }

    /** The highest position the outbox has reached: its last event, or how far it was pruned. */
    public long latest() {
        return Math.max(single("SELECT COALESCE(MAX(id), 0) FROM index_event"), prunedUpTo());
    }

    /** Events up to this id are pruned: an index behind it cannot catch up from the outbox. */
    public long prunedUpTo() {
        return single("SELECT up_to FROM index_event_pruned WHERE id = 1");
    }

    /** Records that {@code node} is alive and has applied every event up to {@code applied}. */
    public void heartbeat(String node, long applied) {
        if (update("UPDATE cluster_node SET applied = ?, seen_at = ? WHERE node_id = ?", applied, now(), node) == 0) {
            update("INSERT INTO cluster_node (node_id, applied, seen_at) VALUES (?, ?, ?)", node, applied, now());
        }
    }

    /** Every node's last heartbeat, by node id. */
    public List<Heartbeat> heartbeats() {
        String sql = "SELECT node_id, applied, seen_at FROM cluster_node ORDER BY node_id";
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepare(c, sql);
             ResultSet rs = s.executeQuery()) {
            List<Heartbeat> beats = new ArrayList<>();
            while (rs.next()) {
                beats.add(new Heartbeat(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)));
            }
            return beats;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the cluster's nodes failed", e);
        }
    }

    /**
     * Deletes the events every node seen within {@code live} has applied; nodes silent for longer no longer hold
     * them (they rebuild, or copy the snapshot, when they return). With index snapshots, the events after the
     * registered snapshot's position are kept, so that a node copying it can catch up.
     */
    public void prune(Duration live) {
        OffsetDateTime since = now().minus(live);
        long upTo = single("SELECT COALESCE(MIN(applied), 0) FROM cluster_node WHERE seen_at >= ?", since);
        if (config.indexSnapshots()) {
            Snapshot snapshot = snapshot();
            if (snapshot.name() != null) {
                upTo = Math.min(upTo, snapshot.position());
            }
        }
        if (upTo > prunedUpTo()) {
            update("UPDATE index_event_pruned SET up_to = ? WHERE id = 1 AND up_to < ?", upTo, upTo);
            update("DELETE FROM index_event WHERE id <= ?", upTo);
        }
        update("DELETE FROM cluster_node WHERE seen_at < ?", now().minus(live.multipliedBy(100)));
    }

    public Snapshot snapshot() {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT name, outbox_position, schema_version, generation, node_id, taken_at FROM index_snapshot"
                        + " WHERE id = 1"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return new Snapshot(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the index snapshot failed", e);
        }
    }

    /**
     * Registers {@code snapshot} unless the one registered is of a later generation (a cluster rebuild published
     * meanwhile); whether it was.
     */
    public boolean register(Snapshot snapshot) {
        return update("UPDATE index_snapshot SET name = ?, outbox_position = ?, schema_version = ?, generation = ?,"
                + " node_id = ?, taken_at = ? WHERE id = 1 AND generation <= ?", snapshot.name(), snapshot.position(),
                snapshot.schemaVersion(), snapshot.generation(), snapshot.node(), snapshot.takenAt(),
                snapshot.generation()) == 1;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private List<Event> events(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            List<Event> events = new ArrayList<>();
            while (rs.next()) {
                long item = rs.getLong(2);
                events.add(new Event(rs.getLong(1), rs.wasNull() ? null : item, rs.getLong(3), rs.getString(4)));
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the index outbox failed", e);
        }
    }

    private long single(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the index outbox failed", e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the index outbox failed", e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            try {
                dataSource = (DataSource) new InitialContext().lookup(PortalBootstrap.DATASOURCE);
            } catch (NamingException e) {
                throw new IllegalStateException("No data source " + PortalBootstrap.DATASOURCE, e);
            }
        }
        return dataSource;
    }
}
