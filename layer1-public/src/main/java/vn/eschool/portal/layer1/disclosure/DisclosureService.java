package vn.eschool.portal.layer1.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FilePermissions;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.ChecklistView;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.GroupView;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.HistoryView;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.ItemView;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.Totals;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.VersionView;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.YearLink;
import vn.eschool.portal.layer1.news.BodyImages;
import vn.eschool.portal.layer1.news.HtmlSanitiser;
import vn.eschool.portal.layer1.site.PublicSiteChanged;

/**
 * Public disclosures (công khai, Thông tư 09/2024): the checklist of each school year, and new versions that the
 * editors publish. Publishing only ever adds a version; nothing here (or anywhere) deletes one.
 */
@ApplicationScoped
public class DisclosureService {

    private final DisclosureCatalogue catalogue = DisclosureCatalogue.standard();

    @Inject
    DisclosureRepository versions;

    @Inject
    FilePermissions permissions;

    @Inject
    BodyImages images;

    @Inject
    Clock clock;

    @Inject
    Event<PublicSiteChanged> changed;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public DisclosureCatalogue catalogue() {
        return catalogue;
    }

    public SchoolYear currentYear() {
        return DisclosureRules.yearOn(today());
    }

    @Transactional
    public ChecklistView checklist(School school, SchoolYear year) {
        LocalDate today = today();
        DisclosureRules rules = catalogue.rules();
        Map<String, List<DisclosureVersion>> byItem = versions.ofYear(school, year).stream()
                .collect(Collectors.groupingBy(DisclosureVersion::itemKey));
        List<ItemView> all = new ArrayList<>();
        List<GroupView> groups = catalogue.groups().stream().map(g -> new GroupView(g.key(), g.titleVi(),
                g.titleEn(), g.items().stream().map(i -> {
                    ItemView view = item(i, year, byItem.getOrDefault(i.key(), List.of()), rules, today);
                    all.add(view);
                    return view;
                }).toList())).toList();
        Totals totals = new Totals(all.size(), count(all, DisclosureStatus.PUBLISHED),
                count(all, DisclosureStatus.MISSING), count(all, DisclosureStatus.OVERDUE),
                count(all, DisclosureStatus.UPDATED_LATE));
        LocalDate due = rules.due(year);
        return new ChecklistView(year.toString(), year.label(), year.equals(currentYear()), catalogue.decision(), due,
                DisclosureViews.viDate(due), rules.updateWorkingDays(), rules.keepYears(), totals, groups);
    }

    @Transactional
    public HistoryView history(School school, SchoolYear year, String key) {
        DisclosureCatalogue.Item item = requireItem(key);
        List<DisclosureVersion> found = versions.history(school, year, key);
        ItemView view = item(item, year, found, catalogue.rules(), today());
        return new HistoryView(year.toString(), year.label(), key, item.titleVi(), item.titleEn(), view.status(),
                view.statusVi(), view.history());
    }

    /** The years to browse: the current one, any with versions (older ones stay online), newest first. */
    @Transactional
    public List<YearLink> years(School school) {
        SchoolYear current = currentYear();
        TreeSet<SchoolYear> years = new TreeSet<>(versions.years(school));
        years.add(current);
        return years.descendingSet().stream().map(y -> new YearLink(y.toString(), y.label(), y.equals(current)))
                .toList();
    }

    @Transactional
    public VersionView publish(School school, AuthenticatedUser user, SchoolYear year, String key,
                               DisclosureRequest request) {
        DisclosureCatalogue.Item item = requireItem(key);
        SchoolYear current = currentYear();
        if (year.compareTo(current.next()) > 0 || year.compareTo(catalogue.rules().oldestKept(today())) < 0) {
            throw PortalException.badRequest("school-year-out-of-range",
                    "Chỉ công khai cho năm học từ " + catalogue.rules().oldestKept(today()).label() + " đến "
                            + current.next().label() + ".",
                    "Disclosures are published for the school years " + catalogue.rules().oldestKept(today()).label()
                            + " to " + current.next().label() + ".");
        }
        String text = request.text() == null || request.text().isBlank() ? null
                : HtmlSanitiser.sanitise(request.text().strip(), school.code());
        images.requireReadablePictures(school, text);
        Attachment file = request.fileId() == null ? null : permissions.readable(school, request.fileId())
                .orElseThrow(() -> PortalException.badRequest("file-not-found",
                        "Không tìm thấy tệp đính kèm trong tệp của trường.",
                        "The attached file is not among the school's files."));
        if ((text == null || text.isBlank()) && file == null) {
            throw PortalException.badRequest("disclosure-empty", "Hãy nhập nội dung công khai hoặc đính kèm tệp.",
                    "Give the disclosure's text or attach a file.");
        }
        if (request.changedOn() != null && request.changedOn().isAfter(today())) {
            throw PortalException.badRequest("changed-on-future", "Ngày thay đổi không thể ở tương lai.",
                    "The day of the change cannot be in the future.");
        }
        List<DisclosureVersion> history = versions.history(school, year, item.key());
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        DisclosureVersion version = versions.add(new DisclosureVersion(school, year, item.key(), history.size() + 1,
                text, file, request.changedOn(), note, em.find(Account.class, user.accountId()),
                OffsetDateTime.now(clock)));
        changed.fire(new PublicSiteChanged(school.code()));
        return VersionView.of(version, catalogue.rules());
    }

    /** The file of the item's latest version: a new version written in the editor page keeps it when asked to. */
    @Transactional
    public Optional<Long> latestFileId(School school, SchoolYear year, String key) {
        return versions.history(school, year, requireItem(key).key()).stream()
                .max(Comparator.comparingInt(DisclosureVersion::number))
                .map(DisclosureVersion::attachment).map(Attachment::id);
    }

    /** The file of a published version, for anyone. */
    @Transactional
    public Attachment file(School school, long versionId) {
        return versions.find(school, versionId).map(DisclosureVersion::attachment)
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy tệp.", "File not found."));
    }

    /** When the school last published a disclosure (for the audit's Layer 1 sections). */
    @Transactional
    public Optional<OffsetDateTime> lastPublished(School school) {
        return versions.lastPublished(school);
    }

    /**
     * The items of the school year of {@code day} that are overdue or were published late, judged on that day with
     * only the versions published by then (a past month's audit does not change when a version comes later).
     */
    @Transactional
    public List<DisclosureCatalogue.Item> lateOn(School school, LocalDate day) {
        SchoolYear year = DisclosureRules.yearOn(day);
        DisclosureRules rules = catalogue.rules();
        Map<String, List<DisclosureRules.Publication>> byItem = versions.ofYear(school, year).stream()
                .filter(v -> !v.publication().publishedOn().isAfter(day))
                .collect(Collectors.groupingBy(DisclosureVersion::itemKey,
                        Collectors.mapping(DisclosureVersion::publication, Collectors.toList())));
        return catalogue.items().stream().filter(item -> {
            DisclosureStatus status = rules.status(year, byItem.getOrDefault(item.key(), List.of()), day);
            return status == DisclosureStatus.OVERDUE || status == DisclosureStatus.UPDATED_LATE;
        }).toList();
    }

    private static ItemView item(DisclosureCatalogue.Item item, SchoolYear year, List<DisclosureVersion> found,
                                 DisclosureRules rules, LocalDate today) {
        DisclosureStatus status = rules.status(year, found.stream().map(DisclosureVersion::publication).toList(),
                today);
        List<VersionView> history = found.stream().sorted((a, b) -> Integer.compare(a.number(), b.number()))
                .map(v -> VersionView.of(v, rules)).toList();
        return new ItemView(item.key(), item.titleVi(), item.titleEn(), status, status.labelVi(), status.labelEn(),
                history.size(), history.isEmpty() ? null : history.get(history.size() - 1), history);
    }

    private DisclosureCatalogue.Item requireItem(String key) {
        return catalogue.item(key).orElseThrow(() -> PortalException.notFound(
                "Không có mục công khai \"" + key + "\".", "No disclosure item \"" + key + "\"."));
    }

    private static int count(List<ItemView> items, DisclosureStatus status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
