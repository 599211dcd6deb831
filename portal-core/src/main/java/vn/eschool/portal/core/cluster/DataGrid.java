package vn.eschool.portal.core.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's data grid (Hazelcast), as this node sees it: which nodes found each other under the cluster name
 * (PORTAL_CLUSTER_NAME), by multicast or by the TCP members given (PORTAL_CLUSTER_MEMBERS). The portal keeps its
 * nodes in step through the database; the grid's membership is what an operator checks the discovery with, and its
 * messages only wake the nodes early (a lost one costs a poll's delay, nothing more).
 */
@ApplicationScoped
public class DataGrid {

    /** Where Payara binds its Hazelcast instance. */
    private static final String JNDI_NAME = "payara/Hazelcast";
    /** The topic on which a node says that it committed outbox events. */
    private static final String OUTBOX_TOPIC = "portal-outbox-events";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    /** Looked up once: empty when the server offers no grid (a single node, {@code --nocluster}, a unit test). */
    private volatile Optional<HazelcastInstance> grid;

    /**
     * @param name    the cluster name nodes join under
     * @param self    this node's grid address
     * @param members every member's grid address, this node's included, sorted
     */
    public record Membership(String name, String self, List<String> members) {
    }

    /** Empty when the server offers no grid. */
    public Optional<Membership> membership() {
        return grid().map(g -> new Membership(g.getConfig().getClusterName(),
                address(g.getCluster().getLocalMember()),
                g.getCluster().getMembers().stream().map(DataGrid::address).sorted().toList()));
    }

    /** Tells every node, this one included, that outbox events were committed: their followers read them now. */
    public void announceOutboxEvents() {
        try {
            grid().ifPresent(g -> g.<Boolean>getTopic(OUTBOX_TOPIC).publish(Boolean.TRUE));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The outbox announcement was not sent; the followers' poll reads the events", e);
        }
    }

    /**
     * Runs {@code listener} on a grid thread at each announcement of outbox events; it must return quickly.
     *
     * @return what stops listening (nothing to stop without a grid)
     */
    public Runnable onOutboxEvents(Runnable listener) {
        return grid().<Runnable>map(g -> {
            ITopic<Boolean> topic = g.getTopic(OUTBOX_TOPIC);
            UUID registration = topic.addMessageListener(message -> listener.run());
            return () -> {
                try {
                    topic.removeMessageListener(registration);
                } catch (RuntimeException alreadyDown) {
                    LOG.log(Level.FINE, "The grid stopped before its listener was removed", alreadyDown);
                }
            };
        }).orElse(() -> { });
    }

    private Optional<HazelcastInstance> grid() {
        Optional<HazelcastInstance> found = grid;
        if (found == null) {
            try {
                found = Optional.of((HazelcastInstance) new InitialContext().lookup(JNDI_NAME));
            } catch (NamingException | RuntimeException | LinkageError noGrid) {
                LOG.log(Level.FINE, "No data grid", noGrid);
                found = Optional.empty();
            }
            grid = found;
        }
        return found;
    }

    private static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }
}
