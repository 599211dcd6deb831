package vn.eschool.portal.layer1.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.rest.MultipartForm;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.UploadEndpoint;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer1.site.Card;
import vn.eschool.portal.layer1.site.SiteService;

/**
 * News posts of a school. Anyone reads what is published; editors and the board write, submit and restore;
 * the board approves, returns and publishes.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    @Inject
    SchoolService schools;

    @Inject
    PostService posts;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Inject
    SiteService site;

    @Inject
    BodyImages images;

    @GET
    public List<PostView> list(@PathParam("code") String code, @QueryParam("status") ContentStatus status,
                               @QueryParam("page") String pageText) {
        School school = schools.require(code);
        return posts.list(school, seesUnpublished(school), status, PageParam.parse(pageText));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("code") String code, PostRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        PostView created = posts.create(school, user, requests.valid(body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /**
     * A picture for the text of a post or an introduction page (the rich-text editor's upload, part {@code file}):
     * a raster image, stored through the file store; answers where it is shown and its size there.
     */
    @POST
    @Path("images")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public Response uploadImage(@PathParam("code") String code, List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        List<Upload> uploads = new MultipartForm(parts).uploads("file");
        if (uploads.size() != 1) {
            throw PortalException.badRequest("file-missing", "Hãy chọn một ảnh (trường \"file\").",
                    "Choose one image (field \"file\").");
        }
        return Response.status(Response.Status.CREATED).entity(images.upload(school, user.accountId(),
                uploads.get(0))).build();
    }

    @GET
    @Path("{id}")
    public PostView get(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        return posts.view(school, id, seesUnpublished(school));
    }

    /** The tags of a published post and the posts related to it, as its public page shows them. */
    @GET
    @Path("{id}/related")
    public RelatedView related(@PathParam("code") String code, @PathParam("id") long id) {
        SiteService.Article article = site.article(schools.require(code), id);
        return new RelatedView(article.tags(), article.related());
    }

    public record RelatedView(List<String> tags, List<Card> related) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView update(@PathParam("code") String code, @PathParam("id") long id, PostRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        return posts.update(school, user, id, requests.valid(body));
    }

    @POST
    @Path("{id}/submit")
    public PostView submit(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        return posts.transition(school, user, id, EditorialAction.SUBMIT, WorkflowRequest.NONE);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView approve(@PathParam("code") String code, @PathParam("id") long id, WorkflowRequest body) {
        return byTheBoard(code, id, EditorialAction.APPROVE, body);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView sendBack(@PathParam("code") String code, @PathParam("id") long id, WorkflowRequest body) {
        return byTheBoard(code, id, EditorialAction.RETURN, body);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView publish(@PathParam("code") String code, @PathParam("id") long id, WorkflowRequest body) {
        return byTheBoard(code, id, EditorialAction.PUBLISH, body);
    }

    @GET
    @Path("{id}/revisions")
    public List<PostView.RevisionView> revisions(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        access.requireEditor(school);
        return posts.revisions(school, id);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    public PostView restore(@PathParam("code") String code, @PathParam("id") long id,
                            @PathParam("number") int number) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        return posts.restore(school, user, id, number);
    }

    private PostView byTheBoard(String code, long id, EditorialAction action, WorkflowRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireBoard(school);
        WorkflowRequest request = body == null ? WorkflowRequest.NONE : requests.valid(body);
        return posts.transition(school, user, id, action, request);
    }

    private boolean seesUnpublished(School school) {
        return access.current().map(user -> access.seesUnpublished(user, school)).orElse(false);
    }
}
