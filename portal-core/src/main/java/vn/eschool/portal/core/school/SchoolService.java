package vn.eschool.portal.core.school;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;

/** Registers schools and finds them by code or host name. */
@ApplicationScoped
public class SchoolService {

    @Inject
    SchoolRepository schools;

    @Inject
    Clock clock;

    @Inject
    ActivityLog log;

    private static final String HOSTS = "hosts";
    private static final Duration HOST_INDEX_AGE = Duration.ofMinutes(1);

    /**
     * Every school's host names → its code, as one entry: the public site resolves the tenant on every request, and
     * only real schools' names are kept (an unknown Host header adds nothing). Reloaded a minute after it was read,
     * and at once when a school is registered.
     */
    private final LoadingCache<String, Map<String, String>> hostIndex = Caffeine.newBuilder()
            .maximumSize(1).expireAfterWrite(HOST_INDEX_AGE).build(key -> loadHostIndex());

    public School require(String code) {
        return schools.findByCode(code).orElseThrow(() -> PortalException.notFound(
                "Không có trường với mã \"" + code + "\".", "No school with code \"" + code + "\"."));
    }

    public Optional<School> find(String code) {
        return schools.findByCode(code);
    }

    public List<School> all() {
        return schools.findAll();
    }

    public Optional<String> codeForHost(String host) {
        return Optional.ofNullable(hostIndex.get(HOSTS).get(host.toLowerCase(Locale.ROOT)));
    }

    /** Host names held in memory (for the metrics). */
    public int hostNamesKnown() {
        Map<String, String> index = hostIndex.getIfPresent(HOSTS);
        return index == null ? 0 : index.size();
    }

    private Map<String, String> loadHostIndex() {
        Map<String, String> index = new HashMap<>();
        for (School school : schools.findAll()) {
            school.hostNames().forEach(host -> index.putIfAbsent(host, school.code()));
        }
        return Map.copyOf(index);
    }

    @Transactional
    public School register(String code, String name, SchoolLevel level, String address, String phone, String email,
                           List<String> hostNames) {
        String normalised = freeCode(code);
        School school = new School(normalised, name.trim(), level, OffsetDateTime.now(clock));
        school.updateContacts(address, phone, email);
        if (hostNames != null) {
            school.setHostNames(hostNames);
        }
        hostIndex.invalidateAll();
        schools.add(school);
        log.record(null, "school.registered", normalised, name);
        return school;
    }

    /** A new school's code, normalised: well-formed and not taken (a registration, an imported archive). */
    public String freeCode(String code) {
        String normalised = School.normaliseCode(code);
        if (normalised == null || !School.CODE_PATTERN.matcher(normalised).matches()) {
            throw PortalException.badRequest("invalid-school-code",
                    "Mã trường chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (3–40 ký tự).",
                    "A school code has 3–40 lower-case letters, digits and dashes.");
        }
        if (schools.findByCode(normalised).isPresent()) {
            throw PortalException.conflict("school-exists", "Mã trường \"" + normalised + "\" đã được dùng.",
                    "The school code \"" + normalised + "\" is taken.");
        }
        return normalised;
    }

    @Transactional
    public School requireTwoFactor(String code, boolean required) {
        School school = require(code);
        school.requireTwoFactor(required);
        log.record(school, required ? "security.two-factor-required" : "security.two-factor-optional", code, null);
        return school;
    }
}
