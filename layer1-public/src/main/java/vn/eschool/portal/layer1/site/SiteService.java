package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolResource.SchoolView;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer1.PublicSitePlugin;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.category.CategoryService;
import vn.eschool.portal.layer1.news.HtmlSanitiser;
import vn.eschool.portal.layer1.stats.SiteCounters;

/** What the public pages show. Every query is bounded: a page never loads more than it displays. */
@ApplicationScoped
public class SiteService {

    public static final int CATEGORY_PAGE_SIZE = 10;
    static final int HOME_PER_CATEGORY = 4;
    static final int HOME_CATEGORIES = 12;
    static final int FEED_SIZE = 20;
    static final int SITEMAP_ITEMS = 5000;

    public record CategoryBlock(Category category, List<Card> items) {
    }

    public record CategoryPage(Category category, List<Card> items, int page, int pages) {
    }

    /** {@code fileUrl}: the document to download, for items that are documents rather than news. */
    public record Article(ContentItem item, Card card, Category category, String fileUrl) {
    }

    public record Person(String name, String position, String subjects) {
        static Person of(Account a) {
            return new Person(a.fullName(), a.position(), String.join(", ", a.subjects()));
        }
    }

    public record Organisation(List<Person> board, Map<String, List<Person>> groups, List<Person> others) {
    }

    public record IntroPart(IntroSection section, String body) {
    }

    @Inject
    PublicContent content;

    @Inject
    CategoryService categories;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    SiteCounters counters;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional
    public List<Category> navigation(School school) {
        return categories.of(school);
    }

    /** The model every page of a school's site starts from: the school and its navigation. */
    @Transactional
    public Map<String, Object> frame(School school) {
        Map<String, Object> model = new HashMap<>();
        model.put("school", SchoolView.of(school));
        model.put("nav", navigation(school));
        model.put("totals", counters.totals(school.code()));
        return model;
    }

    @Transactional
    public List<CategoryBlock> home(School school) {
        OffsetDateTime now = now();
        return categories.of(school).stream().limit(HOME_CATEGORIES)
                .map(c -> new CategoryBlock(c, content.latest(school, PublicSitePlugin.CATEGORISED_TYPES, c.name(),
                        now, 0, HOME_PER_CATEGORY).stream().map(Card::of).toList()))
                .toList();
    }

    @Transactional
    public CategoryPage category(School school, String slug, int page) {
        OffsetDateTime now = now();
        Category category = categories.requireBySlug(school, slug);
        long total = content.count(school, PublicSitePlugin.CATEGORISED_TYPES, category.name(), now);
        int pages = (int) Math.max(1, (total + CATEGORY_PAGE_SIZE - 1) / CATEGORY_PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Card> items = content.latest(school, PublicSitePlugin.CATEGORISED_TYPES, category.name(), now,
                (current - 1) * CATEGORY_PAGE_SIZE, CATEGORY_PAGE_SIZE).stream().map(Card::of).toList();
        return new CategoryPage(category, items, current, pages);
    }

    @Transactional
    public Article article(School school, long id) {
        OffsetDateTime now = now();
        ContentItem item = PublicSitePlugin.CATEGORISED_TYPES.stream()
                .map(type -> content.find(school, type, id, now)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy bài viết.", "Article not found."));
        Category category = categories.of(school).stream().filter(c -> c.name().equals(item.category()))
                .findFirst().orElse(null);
        String fileUrl = PublicSitePlugin.DOCUMENT.equals(item.type()) && item.attachment() != null
                ? "/schools/" + school.code() + "/tep/" + item.id() : null;
        return new Article(item, Card.of(item), category, fileUrl);
    }

    /**
     * The file of a published public item (a news cover, a directive document, an album photo, a shared
     * e-lecture), downloadable without signing in.
     */
    @Transactional
    public Attachment publicFile(School school, long itemId) {
        OffsetDateTime now = now();
        return PublicSitePlugin.PUBLIC_FILE_TYPES.stream()
                .map(type -> content.find(school, type, itemId, now)).flatMap(Optional::stream)
                .map(ContentItem::attachment).filter(a -> a != null).findFirst()
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy tệp.", "File not found."));
    }

    @Transactional
    public List<IntroPart> introduction(School school) {
        Map<IntroSection, String> bodies = new LinkedHashMap<>();
        for (ContentItem page : introPages(school)) {
            IntroSection.bySlug(page.attributes().get(IntroSection.ATTRIBUTE))
                    .ifPresent(s -> bodies.put(s, page.body()));
        }
        List<IntroPart> parts = new ArrayList<>();
        for (IntroSection section : IntroSection.values()) {
            parts.add(new IntroPart(section, bodies.get(section)));
        }
        return parts;
    }

    /** The board writes the introduction directly: it is the school's own account of itself. */
    @Transactional
    public void writeIntroduction(School school, AuthenticatedUser user, IntroSection section, IntroRequest request) {
        OffsetDateTime now = now();
        ContentItem page = introPages(school).stream()
                .filter(p -> section.slug().equals(p.attributes().get(IntroSection.ATTRIBUTE))).findFirst()
                .orElseGet(() -> {
                    ContentItem created = new ContentItem(school, PublicSitePlugin.PAGE, "Giới thiệu",
                            section.titleVi(), em.find(Account.class, user.accountId()), Visibility.PUBLIC, now);
                    created.setAttribute(IntroSection.ATTRIBUTE, section.slug());
                    em.persist(created);
                    return created;
                });
        page.write(section.titleVi(), null, HtmlSanitiser.sanitise(request.body()));
        page.publish(now);
    }

    @Transactional
    public Organisation organisation(School school) {
        List<Account> people = accounts.findBySchool(school).stream().filter(Account::enabled)
                .sorted(Comparator.comparing(SiteService::rank).thenComparing(Account::fullName)).toList();
        List<Person> board = people.stream().filter(a -> a.role() == Role.SCHOOL_ADMIN).map(Person::of).toList();
        Map<String, List<Person>> groups = new java.util.TreeMap<>();
        List<Person> others = new ArrayList<>();
        for (Account a : people) {
            if (a.role() == Role.SCHOOL_ADMIN) {
                continue;
            }
            if (a.group() != null) {
                groups.computeIfAbsent(a.group().name(), g -> new ArrayList<>()).add(Person.of(a));
            } else if (a.role() == Role.STAFF || a.role() == Role.TEACHER) {
                others.add(Person.of(a));
            }
        }
        return new Organisation(board, groups, others);
    }

    @Transactional
    public String feed(School school, String slug, String siteUrl) {
        Category category = categories.requireBySlug(school, slug);
        String base = siteUrl + "schools/" + school.code() + "/";
        List<FeedWriter.Entry> entries = content.latest(school, PublicSitePlugin.CATEGORISED_TYPES, category.name(),
                now(), 0, FEED_SIZE).stream().map(Card::of)
                .map(c -> new FeedWriter.Entry(c.title(), siteUrl + c.url().substring(1), c.summary(), c.published()))
                .toList();
        return FeedWriter.rss(new FeedWriter.Channel(category.name() + " – " + school.name(),
                base + "chuyen-muc/" + category.slug(), "Chuyên mục " + category.name() + " của " + school.name()),
                entries);
    }

    @Transactional
    public String sitemap(School school, String siteUrl) {
        String base = siteUrl + "schools/" + school.code() + "/";
        List<FeedWriter.SitemapUrl> urls = new ArrayList<>();
        for (String page : List.of("", "gioi-thieu", "to-chuc", "lien-he", "van-ban", "album", "hoc-lieu")) {
            urls.add(new FeedWriter.SitemapUrl(base + page, null));
        }
        categories.of(school).forEach(c -> urls.add(new FeedWriter.SitemapUrl(base + "chuyen-muc/" + c.slug(), null)));
        content.latest(school, List.of(PublicSitePlugin.NEWS), null, now(), 0, SITEMAP_ITEMS).stream().map(Card::of)
                .forEach(c -> urls.add(new FeedWriter.SitemapUrl(siteUrl + c.url().substring(1), c.published())));
        return FeedWriter.sitemap(urls);
    }

    private List<ContentItem> introPages(School school) {
        return content.latest(school, List.of(PublicSitePlugin.PAGE), null, now(), 0, 20);
    }

    /** Principal, deputies, group leaders, then everyone else. */
    private static int rank(Account a) {
        String position = a.position() == null ? "" : a.position();
        if (position.startsWith("Hiệu trưởng")) {
            return 0;
        }
        if (position.startsWith("Phó")) {
            return 1;
        }
        return position.startsWith("Tổ trưởng") ? 2 : 3;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
