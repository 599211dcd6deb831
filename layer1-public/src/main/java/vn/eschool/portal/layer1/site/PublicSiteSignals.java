package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.plugin.AuditSignals;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.category.CategoryKind;
import vn.eschool.portal.layer1.category.CategoryService;
import vn.eschool.portal.layer1.disclosure.DisclosureService;

/**
 * What Layer 1 tells the audit (II.3.1): when each required section of the public site was last updated.
 * The organisation and contact pages are generated from live data, so they are current whenever they exist.
 */
@ApplicationScoped
public class PublicSiteSignals implements AuditSignals {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CategoryService categories;

    @Inject
    DisclosureService disclosures;

    @Override
    public Optional<Map<String, LocalDate>> layer1SectionsLastUpdated(School school) {
        Map<String, LocalDate> sections = new HashMap<>();
        LocalDate today = LocalDate.now(ClockProducer.SCHOOL_ZONE);
        latest(school, "c.type = :type", Map.of("type", ContentTypes.PAGE))
                .ifPresent(d -> sections.put("introduction", d));
        if (hasBoard(school)) {
            sections.put("organisation", today);
        }
        if (notBlank(school.phone()) || notBlank(school.email())) {
            sections.put("contact", today);
        }
        latestInCategories(school, CategoryKind.ELEARNING).ifPresent(d -> sections.put("e-learning-repository", d));
        // Disclosures: the checklist's latest published version, or an item filed under a disclosure category.
        disclosures.lastPublished(school).map(at -> at.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate())
                .ifPresent(d -> sections.put("disclosures", d));
        latestInCategories(school, CategoryKind.DISCLOSURE)
                .ifPresent(d -> sections.merge("disclosures", d, (a, b) -> a.isAfter(b) ? a : b));
        latest(school, "c.type = :type", Map.of("type", ContentTypes.DOCUMENT))
                .ifPresent(d -> sections.put("directive-documents", d));
        return Optional.of(sections);
    }

    private Optional<LocalDate> latestInCategories(School school, CategoryKind kind) {
        Set<String> names = categories.of(school).stream().filter(c -> c.kind() == kind).map(Category::name)
                .collect(Collectors.toSet());
        return names.isEmpty() ? Optional.empty() : latest(school, "c.category in :names", Map.of("names", names));
    }

    private Optional<LocalDate> latest(School school, String condition, Map<String, Object> parameters) {
        var query = em.createQuery("select max(c.publishedAt) from ContentItem c where c.school = :school"
                        + " and c.status = :status and c.visibility = :visibility and " + condition, OffsetDateTime.class)
                .setParameter("school", school).setParameter("status", ContentStatus.PUBLISHED)
                .setParameter("visibility", Visibility.PUBLIC);
        parameters.forEach(query::setParameter);
        return Optional.ofNullable(query.getSingleResult())
                .map(at -> at.atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toLocalDate());
    }

    private boolean hasBoard(School school) {
        List<Long> count = em.createQuery("select count(a) from Account a where a.school = :school and a.role = :role"
                        + " and a.enabled = true", Long.class)
                .setParameter("school", school).setParameter("role", Role.SCHOOL_ADMIN).getResultList();
        return !count.isEmpty() && count.get(0) > 0;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
