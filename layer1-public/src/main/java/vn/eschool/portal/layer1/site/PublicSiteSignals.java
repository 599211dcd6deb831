package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.eschool.portal.layer1.organisation.OrganisationChart;
import vn.eschool.portal.layer1.organisation.OrganisationService;
import vn.eschool.portal.layer1.question.QuestionService;

/**
 * What Layer 1 tells the audit (II.3.1): when each required section of the public site was last updated, and what
 * the sections lack. The organisation and contact pages are generated from live data, so they are current whenever
 * they exist; what they lack is what the audit measures: the chart without its board or a group's head, the
 * school's address, phone or email not published, the parents' question form closed. Disclosures lack each
 * checklist item overdue or published late.
 */
@ApplicationScoped
public class PublicSiteSignals implements AuditSignals {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CategoryService categories;

    @Inject
    DisclosureService disclosures;

    @Inject
    OrganisationService organisation;

    @Inject
    QuestionService questions;

    @Inject
    Clock clock;

    @Override
    public Optional<Map<String, LocalDate>> layer1SectionsLastUpdated(School school) {
        Map<String, LocalDate> sections = new HashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE));
        latest(school, "c.type = :type", Map.of("type", ContentTypes.PAGE))
                .ifPresent(d -> sections.put("introduction", d));
        OrganisationChart chart = organisation.chart(school);
        if (!chart.board().isEmpty() || !chart.groups().isEmpty() || !chart.others().isEmpty()) {
            sections.put("organisation", today);
        }
        sections.put("contact", today);
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

    @Override
    public Optional<List<SectionGap>> layer1SectionGaps(School school, LocalDate asOf) {
        List<SectionGap> gaps = new ArrayList<>(organisationGaps(organisation.chart(school)));
        contactGap(school.address(), "address", "chưa công bố địa chỉ").ifPresent(gaps::add);
        contactGap(school.phone(), "phone", "chưa công bố số điện thoại").ifPresent(gaps::add);
        contactGap(school.email(), "email", "chưa công bố thư điện tử").ifPresent(gaps::add);
        if (!questions.formOpen(school)) {
            gaps.add(new SectionGap("contact", "question-form", "mẫu hỏi đáp của phụ huynh đang đóng"));
        }
        disclosures.lateOn(school, asOf).forEach(item -> gaps.add(new SectionGap("disclosures", item.key(),
                "\"" + item.titleVi() + "\" quá hạn công khai hoặc công khai muộn (Thông tư 09/2024)")));
        return Optional.of(gaps);
    }

    /** The chart must show the board and the head (tổ trưởng) of every professional group. */
    static List<SectionGap> organisationGaps(OrganisationChart chart) {
        List<SectionGap> gaps = new ArrayList<>();
        if (chart.board().isEmpty()) {
            gaps.add(new SectionGap("organisation", "board", "chưa có Ban giám hiệu"));
        }
        chart.groups().stream().filter(group -> group.head() == null).forEach(group -> gaps.add(
                new SectionGap("organisation", group.name(), group.name() + " chưa có tổ trưởng")));
        return gaps;
    }

    private static Optional<SectionGap> contactGap(String value, String field, String textVi) {
        return notBlank(value) ? Optional.empty() : Optional.of(new SectionGap("contact", field, textVi));
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

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
