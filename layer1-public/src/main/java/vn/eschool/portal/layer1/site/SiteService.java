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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolResource.SchoolView;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.category.CategoryKind;
import vn.eschool.portal.layer1.category.CategoryService;
import vn.eschool.portal.layer1.news.BodyImages;
import vn.eschool.portal.layer1.news.HtmlSanitiser;
import vn.eschool.portal.layer1.news.PostView;
import vn.eschool.portal.layer1.settings.SiteSettingsService;
import vn.eschool.portal.layer1.stats.SiteCounters;

/** What the public pages show. Every query is bounded: a page never loads more than it displays. */
@ApplicationScoped
public class SiteService {

    public static final int CATEGORY_PAGE_SIZE = 10;
    static final int HOME_PER_CATEGORY = 4;
    static final int HOME_CATEGORIES = 12;
    static final int HOME_ANNOUNCEMENTS = 6;
    static final int FEATURED = 3;
    static final int FEATURED_CANDIDATES = 30;
    /**
     * The categories whose posts form the home page's announcements column, the first the school has: its own
     * "Thông báo", else the prescribed "Thông tin cho phụ huynh".
     */
    static final List<String> ANNOUNCEMENTS = List.of("thong-bao", "thong-tin-cho-phu-huynh");
    static final int FEED_SIZE = 20;
    static final int SITEMAP_ITEMS = 5000;
    static final int RELATED_CANDIDATES = 50;

    public record CategoryBlock(Category category, List<Card> items) {
    }

    public record CategoryPage(Category category, List<Card> items, int page, int pages) {
    }

    /**
     * {@code body}: the text as the page shows it ({@link BodyImages#responsive}); {@code fileUrl}: the document to
     * download, for items that are documents rather than news; {@code related}: see {@link RelatedPosts}.
     */
    public record Article(ContentItem item, String body, Card card, Category category, String fileUrl,
                          List<String> tags, List<Card> related) {
    }

    public record IntroPart(IntroSection section, String body) {
    }

    @Inject
    PublicContent content;

    @Inject
    CategoryService categories;

    @Inject
    Clock clock;

    @Inject
    SiteCounters counters;

    @Inject
    SiteSettingsService settings;

    @Inject
    BodyImages images;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The model every page of a school's site starts from: the school, its banner, theme and menu, its counters. */
    @Transactional
    public Map<String, Object> frame(School school) {
        Map<String, Object> model = new HashMap<>();
        model.put("school", SchoolView.of(school));
        model.put("schoolSite", settings.view(school));
        model.put("totals", counters.totals(school.code()));
        return model;
    }

    /**
     * The home page's news: {@code featured}, the latest posts with a picture (any post when too few have one);
     * {@code blocks}, the latest posts of each category of news; {@code announcements}, those of the announcements
     * category ({@link #ANNOUNCEMENTS}), in a column beside the news.
     */
    public record Home(List<Card> featured, List<CategoryBlock> blocks, Category announcementCategory,
                       List<Card> announcements) {
    }

    @Transactional
    public Home home(School school) {
        OffsetDateTime now = now();
        List<Card> recent = content.latest(school, List.of(ContentTypes.NEWS), null, now, 0, FEATURED_CANDIDATES)
                .stream().map(Card::of).toList();
        List<Card> featured = new ArrayList<>(recent.stream().filter(c -> c.coverUrl() != null).limit(FEATURED)
                .toList());
        recent.stream().filter(c -> !featured.contains(c)).limit(FEATURED - featured.size()).forEach(featured::add);
        Category announcements = null;
        List<CategoryBlock> blocks = new ArrayList<>();
        for (Category c : categories.of(school)) {
            boolean news = c.kind() == CategoryKind.NEWS || c.kind() == CategoryKind.OTHER;
            if (news && blocks.size() < HOME_CATEGORIES) {
                blocks.add(new CategoryBlock(c, latest(school, c, now, HOME_PER_CATEGORY)));
            }
            if (news && ANNOUNCEMENTS.contains(c.slug()) && (announcements == null
                    || ANNOUNCEMENTS.indexOf(c.slug()) < ANNOUNCEMENTS.indexOf(announcements.slug()))) {
                announcements = c;
            }
        }
        Category column = announcements;
        blocks.removeIf(b -> b.category() == column);
        return new Home(featured, blocks, announcements,
                announcements == null ? List.of() : latest(school, announcements, now, HOME_ANNOUNCEMENTS));
    }

    private List<Card> latest(School school, Category category, OffsetDateTime now, int count) {
        return content.latest(school, PublicContent.CATEGORISED_TYPES, category.name(), now, 0, count).stream()
                .map(Card::of).toList();
    }

    @Transactional
    public CategoryPage category(School school, String slug, int page) {
        OffsetDateTime now = now();
        Category category = categories.requireBySlug(school, slug);
        long total = content.count(school, PublicContent.CATEGORISED_TYPES, category.name(), now);
        int pages = (int) Math.max(1, (total + CATEGORY_PAGE_SIZE - 1) / CATEGORY_PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Card> items = content.latest(school, PublicContent.CATEGORISED_TYPES, category.name(), now,
                (current - 1) * CATEGORY_PAGE_SIZE, CATEGORY_PAGE_SIZE).stream().map(Card::of).toList();
        return new CategoryPage(category, items, current, pages);
    }

    @Transactional
    public Article article(School school, long id) {
        OffsetDateTime now = now();
        ContentItem item = PublicContent.CATEGORISED_TYPES.stream()
                .map(type -> content.find(school, type, id, now)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy bài viết.", "Article not found."));
        Category category = categories.of(school).stream().filter(c -> c.name().equals(item.category()))
                .findFirst().orElse(null);
        String fileUrl = ContentTypes.DOCUMENT.equals(item.type()) && item.attachment() != null
                ? "/schools/" + school.code() + "/tep/" + item.id() : null;
        return new Article(item, BodyImages.responsive(item.body()), Card.of(item), category, fileUrl,
                PostView.tagsOf(item), related(school, item, now));
    }

    /**
     * The related posts of an article, chosen among the newest of its category and the newest of the whole site
     * (where posts sharing a tag are looked for): bounded reads, as every public page.
     */
    private List<Card> related(School school, ContentItem article, OffsetDateTime now) {
        Map<Long, ContentItem> candidates = new LinkedHashMap<>();
        List<ContentItem> recent = new ArrayList<>(content.latest(school, PublicContent.CATEGORISED_TYPES,
                article.category(), now, 0, RELATED_CANDIDATES));
        recent.addAll(content.latest(school, PublicContent.CATEGORISED_TYPES, null, now, 0, RELATED_CANDIDATES));
        recent.forEach(c -> candidates.putIfAbsent(c.id(), c));
        return RelatedPosts.choose(candidate(article), candidates.values().stream().map(SiteService::candidate)
                .toList(), RelatedPosts.LIMIT).stream().map(candidates::get).map(Card::of).toList();
    }

    private static RelatedPosts.Candidate candidate(ContentItem c) {
        return new RelatedPosts.Candidate(c.id(), c.category(), PostView.tagsOf(c), c.publishedAt());
    }

    /**
     * The file of a published public item (a news cover, a directive document, an album photo, a shared
     * e-lecture), downloadable without signing in.
     */
    @Transactional
    public Attachment publicFile(School school, long itemId) {
        OffsetDateTime now = now();
        return PublicContent.PUBLIC_FILE_TYPES.stream()
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
        String body = HtmlSanitiser.sanitise(request.body(), school.code());
        images.requireReadablePictures(school, body);
        OffsetDateTime now = now();
        ContentItem page = introPages(school).stream()
                .filter(p -> section.slug().equals(p.attributes().get(IntroSection.ATTRIBUTE))).findFirst()
                .orElseGet(() -> {
                    ContentItem created = new ContentItem(school, ContentTypes.PAGE, "Giới thiệu",
                            section.titleVi(), em.find(Account.class, user.accountId()), Visibility.PUBLIC, now);
                    created.setAttribute(IntroSection.ATTRIBUTE, section.slug());
                    em.persist(created);
                    return created;
                });
        page.write(section.titleVi(), null, body);
        page.publish(now);
    }

    /** The whole school's feed: its latest news and documents of every category. */
    @Transactional
    public String feed(School school, String siteUrl) {
        String base = siteUrl + "schools/" + school.code() + "/";
        return feed(school, null, siteUrl, new FeedWriter.Channel(school.name(), base,
                "Tin mới của " + school.name(), base + "rss.xml"));
    }

    @Transactional
    public String feed(School school, String slug, String siteUrl) {
        Category category = categories.requireBySlug(school, slug);
        String page = siteUrl + "schools/" + school.code() + "/chuyen-muc/" + category.slug();
        return feed(school, category.name(), siteUrl, new FeedWriter.Channel(category.name() + " – " + school.name(),
                page, "Chuyên mục " + category.name() + " của " + school.name(), page + "/rss.xml"));
    }

    private String feed(School school, String category, String siteUrl, FeedWriter.Channel channel) {
        List<FeedWriter.Entry> entries = content.latest(school, PublicContent.CATEGORISED_TYPES, category,
                now(), 0, FEED_SIZE).stream().map(Card::of)
                .map(c -> new FeedWriter.Entry(c.title(), siteUrl + c.url().substring(1), c.summary(), c.published()))
                .toList();
        return FeedWriter.rss(channel, entries);
    }

    @Transactional
    public String sitemap(School school, String siteUrl) {
        String base = siteUrl + "schools/" + school.code() + "/";
        List<FeedWriter.SitemapUrl> urls = new ArrayList<>();
        for (String page : List.of("", "gioi-thieu", "to-chuc", "lien-he", "van-ban", "album", "hoc-lieu")) {
            urls.add(new FeedWriter.SitemapUrl(base + page, null));
        }
        categories.of(school).forEach(c -> urls.add(new FeedWriter.SitemapUrl(base + "chuyen-muc/" + c.slug(), null)));
        content.latest(school, List.of(ContentTypes.NEWS), null, now(), 0, SITEMAP_ITEMS).stream().map(Card::of)
                .forEach(c -> urls.add(new FeedWriter.SitemapUrl(siteUrl + c.url().substring(1), c.published())));
        return FeedWriter.sitemap(urls);
    }

    private List<ContentItem> introPages(School school) {
        return content.latest(school, List.of(ContentTypes.PAGE), null, now(), 0, 20);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
