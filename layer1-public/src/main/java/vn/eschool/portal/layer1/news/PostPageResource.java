package vn.eschool.portal.layer1.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolResource.SchoolView;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.web.PageRenderer;
import vn.eschool.portal.core.web.Pages;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.category.CategoryService;

/**
 * The editorial workflow in the browser (trang biên tập): the posts list, writing and editing, submitting, the
 * board's review queue with approve, publish (now or at a time) and return with a comment, and revisions with
 * their differences and restore. The same services and {@link Access} rules as the JSON API; the forms carry
 * the CSRF token, which {@code CsrfProtection} checks before any of this runs.
 */
@RequestScoped
@Path("/schools/{code}/bien-tap")
@Produces(Pages.HTML)
public class PostPageResource {

    /** What the page says after each step, keyed by the action named in the redirect. */
    private static final Map<String, String> DONE = Map.of(
            EditorialAction.CREATE.name(), "Đã lưu. / Saved.",
            EditorialAction.EDIT.name(), "Đã lưu. / Saved.",
            EditorialAction.RESTORE.name(), "Đã khôi phục phiên bản cũ. / The revision was restored.",
            EditorialAction.SUBMIT.name(), "Đã gửi duyệt. / Submitted for review.",
            EditorialAction.APPROVE.name(), "Đã duyệt. / Approved.",
            EditorialAction.PUBLISH.name(), "Đã đăng. / Published.",
            EditorialAction.RETURN.name(), "Đã trả lại bài kèm nhận xét. / Returned with the comment.");

    @Inject
    SchoolService schools;

    @Inject
    PostService posts;

    @Inject
    CategoryService categories;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    PageRenderer pages;

    /** Every post of the school, newest first, optionally of one state. */
    @GET
    public Response list(@PathParam("code") String code, @QueryParam("trang-thai") ContentStatus status,
                         @QueryParam("cua-toi") boolean mine, @QueryParam("trang") String pageText) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return signIn(school, "");
        }
        AuthenticatedUser user = access.requireEditor(school);
        int page = PageParam.parse(pageText);
        Map<String, Object> model = model(school, user);
        model.put("posts", mine ? posts.writtenBy(school, user, status, page) : posts.list(school, true, status, page));
        model.put("mine", mine);
        model.put("status", status == null ? "" : status.name());
        model.put("statuses", Stream.of(ContentStatus.DRAFT, ContentStatus.SUBMITTED, ContentStatus.RETURNED,
                ContentStatus.PUBLISHED).map(s -> Map.of("name", s.name(), "label", EditorialWorkflow.labelVi(s)))
                .toList());
        return Response.ok(pages.render("layer1/editor/posts.ftlh", model)).build();
    }

    /** The board's review queue: posts submitted and waiting. */
    @GET
    @Path("duyet")
    public Response queue(@PathParam("code") String code) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return signIn(school, "/duyet");
        }
        AuthenticatedUser user = access.requireBoard(school);
        Map<String, Object> model = model(school, user);
        model.put("posts", posts.list(school, true, ContentStatus.SUBMITTED, 1));
        return Response.ok(pages.render("layer1/editor/queue.ftlh", model)).build();
    }

    @GET
    @Path("moi")
    public Response newPost(@PathParam("code") String code) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return signIn(school, "/moi");
        }
        AuthenticatedUser user = access.requireEditor(school);
        return Response.ok(editPage(school, user, null, PostForm.EMPTY, List.of(), null)).build();
    }

    @POST
    @Path("moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("code") String code, @BeanParam Fields fields) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        PostForm form = fields.form();
        return attempt(school, user, null, form, () -> {
            PostView created = posts.create(school, user, requests.valid(form.toRequest()));
            return redirect(school, "/" + created.id() + "?xong=" + EditorialAction.CREATE);
        });
    }

    @GET
    @Path("{id}")
    public Response edit(@PathParam("code") String code, @PathParam("id") long id, @QueryParam("xong") String done) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return signIn(school, "/" + id);
        }
        AuthenticatedUser user = access.requireEditor(school);
        PostView post = posts.view(school, id, true);
        String notice = done == null ? null : DONE.get(done);
        return Response.ok(editPage(school, user, post, PostForm.of(post, categoryIdOf(school, post)), List.of(),
                notice)).build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("code") String code, @PathParam("id") long id, @BeanParam Fields fields) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        PostForm form = fields.form();
        return attempt(school, user, id, form, () -> {
            posts.update(school, user, id, requests.valid(form.toRequest()));
            return redirect(school, "/" + id + "?xong=" + EditorialAction.EDIT);
        });
    }

    @POST
    @Path("{id}/gui-duyet")
    public Response submit(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        return step(school, user, id, EditorialAction.SUBMIT, WorkflowRequest.NONE);
    }

    /** Approve (or publish directly) now, or at the time given: the school's local time. */
    @POST
    @Path("{id}/duyet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("code") String code, @PathParam("id") long id,
                            @FormParam("hanh-dong") String action, @FormParam("hen-gio") String publishAt) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        EditorialAction chosen = "dang".equals(action) ? EditorialAction.PUBLISH : EditorialAction.APPROVE;
        try {
            return step(school, user, id, chosen, new WorkflowRequest(null, localTime(publishAt)));
        } catch (PortalException invalid) {
            return failedStep(school, user, id, invalid);
        }
    }

    @POST
    @Path("{id}/tra-lai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendBack(@PathParam("code") String code, @PathParam("id") long id,
                             @FormParam("nhan-xet") String comment) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        return step(school, user, id, EditorialAction.RETURN, new WorkflowRequest(comment, null));
    }

    @GET
    @Path("{id}/phien-ban")
    public Response revisions(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        if (access.current().isEmpty()) {
            return signIn(school, "/" + id + "/phien-ban");
        }
        AuthenticatedUser user = access.requireEditor(school);
        Map<String, Object> model = model(school, user);
        model.put("post", posts.view(school, id, true));
        model.put("revisions", RevisionChanges.of(posts.revisions(school, id)));
        return Response.ok(pages.render("layer1/editor/revisions.ftlh", model)).build();
    }

    @POST
    @Path("{id}/phien-ban/{number}/khoi-phuc")
    public Response restore(@PathParam("code") String code, @PathParam("id") long id,
                            @PathParam("number") int number) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        try {
            posts.restore(school, user, id, number);
            return redirect(school, "/" + id + "?xong=" + EditorialAction.RESTORE);
        } catch (PortalException refused) {
            return failedStep(school, user, id, refused);
        }
    }

    /** The form fields of a post. */
    public static class Fields {
        @FormParam("chuyenMuc")
        String category;
        @FormParam("tieuDe")
        String title;
        @FormParam("tomTat")
        String summary;
        @FormParam("noiDung")
        String body;
        @FormParam("the")
        String tags;
        @FormParam("anhDaiDien")
        Long coverFileId;

        PostForm form() {
            Long categoryId = null;
            if (category != null && category.matches("\\d{1,18}")) {
                categoryId = Long.valueOf(category);
            }
            return new PostForm(categoryId, title, summary, body, tags, coverFileId);
        }
    }

    private Response step(School school, AuthenticatedUser user, long id, EditorialAction action,
                          WorkflowRequest request) {
        try {
            posts.transition(school, user, id, action, requests.valid(request));
            return redirect(school, "/" + id + "?xong=" + action);
        } catch (PortalException refused) {
            return failedStep(school, user, id, refused);
        } catch (ConstraintViolationException invalid) {
            return failedStep(school, user, id, PortalException.badRequest("validation", messages(invalid).get(0),
                    "Invalid input."));
        }
    }

    /** A workflow step the post's state or the input refuses: the post again, with the reason on top. */
    private Response failedStep(School school, AuthenticatedUser user, long id, PortalException refused) {
        if (refused.status() == 404 || refused.status() == 403) {
            throw refused;
        }
        PostView post = posts.view(school, id, true);
        String page = editPage(school, user, post, PostForm.of(post, categoryIdOf(school, post)),
                List.of(refused.messageVi()), null);
        return Response.status(refused.status()).type(Pages.HTML).entity(page).build();
    }

    private Response attempt(School school, AuthenticatedUser user, Long id, PostForm form,
                             Supplier<Response> save) {
        try {
            return save.get();
        } catch (ConstraintViolationException invalid) {
            return invalidForm(school, user, id, form, messages(invalid), 400);
        } catch (PortalException refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            return invalidForm(school, user, id, form, List.of(refused.messageVi()), refused.status());
        }
    }

    private Response invalidForm(School school, AuthenticatedUser user, Long id, PostForm form, List<String> errors,
                                 int status) {
        PostView post = id == null ? null : posts.view(school, id, true);
        return Response.status(status).type(Pages.HTML).entity(editPage(school, user, post, form, errors, null))
                .build();
    }

    private String editPage(School school, AuthenticatedUser user, PostView post, PostForm form, List<String> errors,
                            String notice) {
        Map<String, Object> model = model(school, user);
        model.put("categories", categories.of(school).stream().map(c -> Map.of("id", c.id(), "name", c.name()))
                .toList());
        model.put("post", post);
        model.put("form", form);
        model.put("errors", errors);
        if (notice != null) {
            model.put("notice", notice);
        }
        if (post != null) {
            boolean board = isBoard(user, school);
            model.put("canEdit", canDo(post.status(), EditorialAction.EDIT, board));
            model.put("canSubmit", canDo(post.status(), EditorialAction.SUBMIT, board));
            model.put("canReview", board && canDo(post.status(), EditorialAction.APPROVE, true));
            model.put("canPublish", board && canDo(post.status(), EditorialAction.PUBLISH, true));
        } else {
            model.put("canEdit", true);
        }
        return pages.render("layer1/editor/edit.ftlh", model);
    }

    /** The board of principals, as {@link Access#requireBoard} decides. */
    private boolean isBoard(AuthenticatedUser user, School school) {
        return user.role() == Role.SCHOOL_ADMIN && access.isMember(user, school);
    }

    private static boolean canDo(ContentStatus status, EditorialAction action, boolean board) {
        try {
            EditorialWorkflow.after(status, action, board);
            return true;
        } catch (PortalException refused) {
            return false;
        }
    }

    private Long categoryIdOf(School school, PostView post) {
        return categories.of(school).stream().filter(c -> c.name().equals(post.category())).map(Category::id)
                .findFirst().orElse(null);
    }

    private Map<String, Object> model(School school, AuthenticatedUser user) {
        Map<String, Object> model = new HashMap<>();
        model.put("school", SchoolView.of(school));
        model.put("base", "/schools/" + school.code() + "/bien-tap");
        model.put("board", isBoard(user, school));
        model.put("times", SchoolTimes.INSTANCE);
        return model;
    }

    private static List<String> messages(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    private static OffsetDateTime localTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("publish-at", "Thời gian hẹn đăng không hợp lệ (ngày và giờ, ví dụ "
                    + "2026-09-05 07:30).", "The publishing time is not valid.");
        }
    }

    private static Response redirect(School school, String path) {
        return Response.seeOther(URI.create("/schools/" + school.code() + "/bien-tap" + path)).build();
    }

    private static Response signIn(School school, String path) {
        String next = "/schools/" + school.code() + "/bien-tap" + path;
        return Pages.signInFirst(school.code(), next);
    }
}
