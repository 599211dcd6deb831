package vn.eschool.portal.core.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's data grid (Hazelcast), as this node sees it: which nodes found each other under the cluster name
 * (PORTAL_CLUSTER_NAME), by multicast or by the TCP members given (PORTAL_CLUSTER_MEMBERS). The portal keeps its
 * nodes in step through the database; the grid's membership is what an operator checks the discovery with.
 */
@ApplicationScoped
public class DataGrid {

    /** Where Payara binds its Hazelcast instance. */
    private static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    /**
     * @param name    the cluster name nodes join under
     * @param self    this node's grid address
     * @param members every member's grid address, this node's included, sorted
     */
    public record Membership(String name, String self, List<String> members) {
    }

    /** Empty when the server offers no grid. */
    public Optional<Membership> membership() {
        try {
            HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
            return Optional.of(new Membership(grid.getConfig().getClusterName(),
                    address(grid.getCluster().getLocalMember()),
                    grid.getCluster().getMembers().stream().map(DataGrid::address).sorted().toList()));
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            LOG.log(Level.FINE, "No data grid", noGrid);
            return Optional.empty();
        }
    }

    private static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }
}
