package vn.eschool.portal.core.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every deployed module's kinds of a school, in the order they are written. */
@ApplicationScoped
public class SchoolKinds {

    @Inject
    Instance<SchoolDataPort> ports;

    public List<SchoolTable> tables() {
        return ports.stream().sorted(Comparator.comparingInt(SchoolDataPort::order))
                .flatMap(port -> port.tables().stream()).toList();
    }

    public List<DistrictTable> districtTables() {
        return ports.stream().flatMap(port -> port.districtTables().stream()).toList();
    }

    public Map<String, String> idAttributes() {
        Map<String, String> attributes = new HashMap<>();
        ports.forEach(port -> attributes.putAll(port.idAttributes()));
        return attributes;
    }
}
