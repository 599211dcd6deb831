package vn.eschool.portal.layer1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileDelivery;
import vn.eschool.portal.core.files.FilePermissions;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.ImageCheck;
import vn.eschool.portal.core.index.SearchQuery;
import vn.eschool.portal.core.index.SearchResult;
import vn.eschool.portal.core.index.SearchService;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolResource.SchoolView;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.CurrentUser;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;
import vn.eschool.portal.layer1.album.AlbumService;
import vn.eschool.portal.layer1.album.ThumbnailCache;
import vn.eschool.portal.layer1.cache.PublicPage;
import vn.eschool.portal.layer1.directive.DirectiveService;
import vn.eschool.portal.layer1.disclosure.DisclosureService;
import vn.eschool.portal.layer1.organisation.OrganisationService;
import vn.eschool.portal.layer1.question.QuestionForm;
import vn.eschool.portal.layer1.question.QuestionService;
import vn.eschool.portal.layer1.site.SiteService;
import vn.eschool.portal.layer1.stats.SiteCounters;
import vn.eschool.portal.layer1.stats.SiteTotals;

/** The public site: the district's list of schools at {@code /}, and each school's pages, feeds and sitemap. */
@RequestScoped
@Path("/")
@Produces(Pages.HTML)
public class PublicSiteResource {

    /** What the home page shows of the latest directive documents and of the latest album. */
    static final int HOME_DIRECTIVES = 5;
    static final int HOME_PHOTOS = 8;

    private static final String XML = "application/xml;charset=UTF-8";
    private static final String RSS = "application/rss+xml;charset=UTF-8";

    @Inject
    SchoolService schools;

    @Inject
    SiteService site;

    @Inject
    OrganisationService organisation;

    @Inject
    QuestionService questions;

    @Inject
    DirectiveService directives;

    @Inject
    AlbumService albums;

    @Inject
    DisclosureService disclosures;

    @Inject
    SiteCounters counters;

    @Inject
    FileService files;

    @Inject
    FilePermissions permissions;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageRenderer pages;

    @Inject
    SearchService search;

    @Context
    UriInfo uri;

    @GET
    public Response root() {
        List<School> all = schools.all();
        if (all.size() == 1) {
            return Response.seeOther(URI.create("/schools/" + all.get(0).code() + "/")).build();
        }
        return Response.ok(pages.render("layer1/district.ftlh",
                Map.of("schools", all.stream().map(SchoolView::of).toList()))).build();
    }

    @PublicPage
    @GET
    @Path("schools/{code}")
    public String home(@PathParam("code") String code) {
        School school = schools.require(code);
        Map<String, Object> model = model(school);
        model.put("home", site.home(school));
        model.put("directives", directives.page(school, 1).stream().limit(HOME_DIRECTIVES).toList());
        albums.page(school, 1).stream().findFirst().ifPresent(latest -> {
            AlbumService.AlbumPage album = albums.album(school, latest.id());
            model.put("album", album.album());
            model.put("albumPhotos", album.photos().stream().limit(HOME_PHOTOS).toList());
        });
        return pages.render("layer1/school.ftlh", model);
    }

    @PublicPage
    @GET
    @Path("schools/{code}/chuyen-muc/{slug}")
    public String category(@PathParam("code") String code, @PathParam("slug") String slug,
                           @QueryParam("trang") String pageText) {
        School school = schools.require(code);
        Map<String, Object> model = model(school);
        model.put("view", site.category(school, slug, PageParam.parse(pageText)));
        return pages.render("layer1/category.ftlh", model);
    }

    @GET
    @Path("schools/{code}/rss.xml")
    @Produces(RSS)
    public String feed(@PathParam("code") String code) {
        return site.feed(schools.require(code), uri.getBaseUri().toString());
    }

    @GET
    @Path("schools/{code}/chuyen-muc/{slug}/rss.xml")
    @Produces(RSS)
    public String feed(@PathParam("code") String code, @PathParam("slug") String slug) {
        return site.feed(schools.require(code), slug, uri.getBaseUri().toString());
    }

    @GET
    @Path("schools/{code}/sitemap.xml")
    @Produces(XML)
    public String sitemap(@PathParam("code") String code) {
        return site.sitemap(schools.require(code), uri.getBaseUri().toString());
    }

    @PublicPage(read = true)
    @GET
    @Path("schools/{code}/bai-viet/{id}")
    public String article(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        Map<String, Object> model = model(school);
        SiteService.Article article = site.article(school, id);
        model.put("article", article);
        model.put("reads", SiteTotals.vi(counters.reads(school.code(), school.id(), id)));
        model.put("pageUrl", uri.getBaseUri().resolve(article.card().url().substring(1)).toString());
        if (article.card().coverUrl() != null) {
            model.put("imageUrl", uri.getBaseUri().resolve(article.card().coverUrl().substring(1)).toString());
        }
        return pages.render("layer1/article.ftlh", model);
    }

    /** The file of a published item, e.g. a news cover or a directive document. */
    @GET
    @Path("schools/{code}/tep/{id}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("code") String code, @PathParam("id") long id) {
        return download(site.publicFile(schools.require(code), id));
    }

    /**
     * A thumbnail of a published post's cover ({@link ThumbnailCache#SIZES}): what cards and the article show
     * instead of the original photo. Revalidated on each view (a post's cover can change, or stop being public);
     * {@code ConditionalGet} answers 304 from the ETag.
     */
    @GET
    @Path("schools/{code}/tep/{id}/anh/{size:[0-9]+}")
    @Produces("image/jpeg")
    public Response coverThumbnail(@PathParam("code") String code, @PathParam("id") long id,
                                   @PathParam("size") int size) {
        Attachment image = site.publicFile(schools.require(code), id);
        if (!ImageCheck.isRaster(image.mediaType())) {
            throw PortalException.notFound("Không tìm thấy ảnh.", "Image not found.");
        }
        return albums.thumbnailAnswer(image, size, "anh-" + id + "-" + size + ".jpg")
                .header("Cache-Control", "public, no-cache").build();
    }

    /** A file shown inside a post's text (an imported post's images), to whoever may read the post. */
    @GET
    @Path("schools/{code}/tep-bai-viet/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response postFile(@PathParam("code") String code, @PathParam("fileId") long fileId) {
        return download(permissions.readable(schools.require(code), fileId).orElseThrow(() -> PortalException.notFound(
                "Không tìm thấy tệp.", "File not found.")));
    }

    /** The public disclosures of the current school year, and links to the years before (kept online). */
    @PublicPage
    @GET
    @Path("schools/{code}/cong-khai")
    public String disclosures(@PathParam("code") String code) {
        return disclosurePage(schools.require(code), disclosures.currentYear());
    }

    @PublicPage
    @GET
    @Path("schools/{code}/cong-khai/{year: \\d{4}-\\d{4}}")
    public String disclosures(@PathParam("code") String code, @PathParam("year") String year) {
        return disclosurePage(schools.require(code), SchoolYear.require(year));
    }

    /** The file of a published disclosure version. */
    @GET
    @Path("schools/{code}/cong-khai/tep/{id}")
    @Produces(MediaType.WILDCARD)
    public Response disclosureFile(@PathParam("code") String code, @PathParam("id") long id) {
        return download(disclosures.file(schools.require(code), id));
    }

    private String disclosurePage(School school, SchoolYear year) {
        Map<String, Object> model = model(school);
        model.put("checklist", disclosures.checklist(school, year));
        model.put("years", disclosures.years(school));
        return pages.render("layer1/disclosures.ftlh", model);
    }

    private Response download(Attachment attachment) {
        return FileDelivery.send(files, attachment);
    }

    @PublicPage
    @GET
    @Path("schools/{code}/gioi-thieu")
    public String introduction(@PathParam("code") String code) {
        School school = schools.require(code);
        Map<String, Object> model = model(school);
        model.put("parts", site.introduction(school));
        return pages.render("layer1/introduction.ftlh", model);
    }

    @PublicPage
    @GET
    @Path("schools/{code}/to-chuc")
    public String organisation(@PathParam("code") String code) {
        School school = schools.require(code);
        Map<String, Object> model = model(school);
        model.put("org", organisation.chart(school));
        return pages.render("layer1/organisation.ftlh", model);
    }

    /** A person's photo on the organisation page. */
    @GET
    @Path("schools/{code}/to-chuc/anh/{username}")
    @Produces(MediaType.WILDCARD)
    public Response organisationPhoto(@PathParam("code") String code, @PathParam("username") String username) {
        return download(organisation.publicPhoto(schools.require(code), username));
    }

    @PublicPage
    @GET
    @Path("schools/{code}/van-ban")
    public String directives(@PathParam("code") String code, @QueryParam("trang") String pageText) {
        School school = schools.require(code);
        int page = PageParam.parse(pageText);
        Map<String, Object> model = model(school);
        model.put("documents", directives.page(school, page));
        model.put("page", page);
        model.put("pages", (int) Math.max(1, (directives.count(school) + DirectiveService.PAGE_SIZE - 1)
                / DirectiveService.PAGE_SIZE));
        return pages.render("layer1/directives.ftlh", model);
    }

    @GET
    @Path("schools/{code}/lien-he")
    public String contact(@PathParam("code") String code, @QueryParam("da-gui") boolean sent) {
        School school = schools.require(code);
        return contactPage(school, new QuestionForm(null, null, null, null), List.of(), sent);
    }

    /** The parents' question form; CSRF is checked before this runs, like every form. */
    @POST
    @Path("schools/{code}/lien-he")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("code") String code, @FormParam("hoTen") String name,
                        @FormParam("lienHe") String contact, @FormParam("cauHoi") String question,
                        @FormParam("website") String honeypot, @FormParam("dau") String stamp) {
        School school = schools.require(code);
        QuestionForm form = new QuestionForm(name, contact, question, honeypot);
        if (!questions.formOpen(school)) {
            return Response.status(403).type(Pages.HTML).entity(contactPage(school, form, List.of(), false)).build();
        }
        QuestionForm.Verdict verdict = questions.ask(school, form, stamp, currentUser.clientIp());
        return switch (verdict.outcome()) {
            case ACCEPT, DISCARD -> Response.seeOther(URI.create("/schools/" + school.code() + "/lien-he?da-gui=true"))
                    .build();
            case TOO_MANY -> Response.status(429).type(Pages.HTML)
                    .entity(contactPage(school, form, verdict.problems(), false)).build();
            case REJECT -> Response.status(400).type(Pages.HTML)
                    .entity(contactPage(school, form, verdict.problems(), false)).build();
        };
    }

    private String contactPage(School school, QuestionForm form, List<String> problems, boolean sent) {
        Map<String, Object> model = model(school);
        model.put("form", form);
        model.put("problems", problems);
        model.put("sent", sent);
        model.put("stamp", questions.newStamp());
        model.put("faq", questions.faq(school));
        model.put("formOpen", questions.formOpen(school));
        return pages.render("layer1/contact.ftlh", model);
    }

    /** Site search, usable on a phone: the same rules as the search API (the public sees public items only). */
    @GET
    @Path("schools/{code}/tim-kiem")
    public Response search(@PathParam("code") String code, @QueryParam("q") String q,
                           @QueryParam("loai") String type, @QueryParam("trang") String pageNumber) {
        School school = schools.require(code);
        Map<String, Object> model = model(school);
        model.put("q", q == null ? "" : q);
        model.put("type", type == null ? "" : type);
        try {
            int page = SearchService.page(pageNumber, 1);
            if (q != null && !q.isBlank()) {
                SearchResult result = search.inSchool(school,
                        new SearchService.Filters(q, type, null, null, null, page - 1));
                model.put("result", result);
                model.put("page", page);
                model.put("pages", (int) Math.min((result.total() + SearchService.PAGE_SIZE - 1)
                        / SearchService.PAGE_SIZE, SearchQuery.MAX_HITS_REACHABLE / SearchService.PAGE_SIZE));
            }
            return Response.ok(pages.render("layer1/search.ftlh", model)).build();
        } catch (PortalException invalid) {
            model.put("error", invalid.messageVi());
            return Response.status(invalid.status()).entity(pages.render("layer1/search.ftlh", model)).build();
        }
    }

    private Map<String, Object> model(School school) {
        return site.frame(school);
    }
}
