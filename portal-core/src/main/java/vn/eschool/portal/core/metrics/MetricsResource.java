package vn.eschool.portal.core.metrics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.TreeMap;
import vn.eschool.portal.core.security.Access;

/**
 * {@code /metrics} for the district admin only, in the Prometheus text format: the heap and threads, and what
 * every {@link PortalGauges} reports (cache sizes, the extraction pool). Payara's own MicroProfile Metrics endpoint,
 * which answers anyone, is switched off at boot ({@code src/main/payara/pre-boot-commands.asadmin}) so that this
 * one answers the path.
 */
@RequestScoped
@Path("/metrics")
public class MetricsResource {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    Access access;

    @Inject
    Instance<PortalGauges> gauges;

    @GET
    @Produces(PROMETHEUS_TEXT)
    public String metrics() {
        access.requireDistrictAdmin();
        Map<String, Number> values = new TreeMap<>();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        values.put("jvm_heap_used_bytes", heap.getUsed());
        values.put("jvm_heap_max_bytes", heap.getMax());
        values.put("jvm_threads", ManagementFactory.getThreadMXBean().getThreadCount());
        gauges.forEach(g -> values.putAll(g.values()));
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value).append('\n'));
        return text.toString();
    }
}
