package vn.eschool.portal.core.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import vn.eschool.portal.core.extract.ExtractionService;
import vn.eschool.portal.core.school.SchoolService;

/** The core's in-memory state that requests could grow: the host-name index and the extraction pool. */
@ApplicationScoped
public class CoreGauges implements PortalGauges {

    @Inject
    SchoolService schools;

    @Inject
    ExtractionService extractions;

    @Override
    public Map<String, Number> values() {
        return Map.of("portal_host_names_cached", schools.hostNamesKnown(),
                "portal_extractions_running", extractions.running(),
                "portal_extractions_waiting", extractions.waiting());
    }
}
