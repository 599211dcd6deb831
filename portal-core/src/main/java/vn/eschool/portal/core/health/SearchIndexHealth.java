package vn.eschool.portal.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.eschool.portal.core.index.SearchIndexer;

/**
 * Ready only with a complete index that has caught up with the outbox: a load balancer sends no traffic to a node
 * that would answer searches and audits from part of the content. The node stays live meanwhile.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

    @Inject
    SearchIndexer indexer;

    @Override
    public HealthCheckResponse call() {
        SearchIndexer.RebuildStatus rebuild = indexer.status();
        return HealthCheckResponse.named("search-index").status(indexer.ready())
                .withData("complete", indexer.complete())
                .withData("rebuilding", rebuild.running())
                .withData("rebuilt", rebuild.done())
                .withData("outboxPosition", indexer.position())
                .build();
    }
}
