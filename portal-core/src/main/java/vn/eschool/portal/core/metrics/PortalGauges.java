package vn.eschool.portal.core.metrics;

import java.util.Map;

/**
 * Figures a module reports on {@code /metrics}, such as the sizes of its in-memory caches (each must stay bounded
 * whatever the requests): a CDI bean implementing this, every implementation asked on each scrape.
 */
public interface PortalGauges {

    /** Metric name (lower case, underscores, starting with {@code portal_}) → current value. */
    Map<String, Number> values();
}
