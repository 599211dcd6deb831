package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.eschool.portal.core.index.Outbox;

/**
 * Tells the other nodes of a cluster that a school's public pages changed: an outbox row written in the changing
 * transaction, which every node turns into {@code ContentChanged} (and so forgets its cached pages) when it
 * applies it.
 */
@ApplicationScoped
public class SiteChangeOutbox {

    @Inject
    Outbox outbox;

    void record(@Observes(during = TransactionPhase.IN_PROGRESS) PublicSiteChanged change) {
        outbox.appendSiteChange(change.schoolCode());
    }
}
