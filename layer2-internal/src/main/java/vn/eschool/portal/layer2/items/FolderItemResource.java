package vn.eschool.portal.layer2.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.rest.MultipartForm;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.rest.UploadEndpoint;

/**
 * The items of a folder: staff see those addressed to them; members add items (JSON with an attachment id, or
 * multipart with the file); the author or an admin of the school edits and deletes.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/folders/{folderId}/items")
@Produces(MediaType.APPLICATION_JSON)
public class FolderItemResource {

    @Inject
    SchoolService schools;

    @Inject
    FolderItemService items;

    @Inject
    FileService files;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @Context
    HttpHeaders headers;

    @GET
    public List<ItemView> list(@PathParam("code") String code, @PathParam("folderId") long folderId) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireReader(school);
        return items.visibleIn(school, folderId, viewer(user, school)).stream().map(ItemView::of).toList();
    }

    @GET
    @Path("{itemId}")
    public ItemView get(@PathParam("code") String code, @PathParam("folderId") long folderId,
                        @PathParam("itemId") long itemId) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireReader(school);
        return ItemView.of(items.require(school, folderId, itemId, viewer(user, school)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("code") String code, @PathParam("folderId") long folderId, ItemRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        Filing created = items.create(school, user, folderId, requests.valid(body), null);
        return Response.status(Response.Status.CREATED).entity(ItemView.of(created)).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public Response createWithFile(@PathParam("code") String code, @PathParam("folderId") long folderId,
                                   List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        MultipartForm form = new MultipartForm(parts);
        files.refuseIfFull(school, headers.getLength());
        Filing created = items.create(school, user, folderId, requests.valid(request(form)), singleFile(form));
        return Response.status(Response.Status.CREATED).entity(ItemView.of(created)).build();
    }

    @PUT
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ItemView update(@PathParam("code") String code, @PathParam("folderId") long folderId,
                           @PathParam("itemId") long itemId, ItemRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        return ItemView.of(items.update(school, folderId, itemId, viewer(user, school), requests.valid(body), null));
    }

    @PUT
    @Path("{itemId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadEndpoint
    public ItemView updateWithFile(@PathParam("code") String code, @PathParam("folderId") long folderId,
                                   @PathParam("itemId") long itemId, List<EntityPart> parts) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        MultipartForm form = new MultipartForm(parts);
        files.refuseIfFull(school, headers.getLength());
        return ItemView.of(items.update(school, folderId, itemId, viewer(user, school), requests.valid(request(form)),
                singleFile(form)));
    }

    @DELETE
    @Path("{itemId}")
    public Response delete(@PathParam("code") String code, @PathParam("folderId") long folderId,
                           @PathParam("itemId") long itemId) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        items.delete(school, folderId, itemId, viewer(user, school));
        return Response.noContent().build();
    }

    private Viewer viewer(AuthenticatedUser user, School school) {
        return items.viewer(user, user.isDistrict() || access.administers(user, school));
    }

    private static ItemRequest request(MultipartForm form) {
        String audience = form.text("audience");
        AudienceKind kind;
        try {
            kind = audience == null ? null : AudienceKind.valueOf(audience);
        } catch (IllegalArgumentException e) {
            throw PortalException.badRequest("invalid-audience", "Đối tượng nhận phải là ALL, GROUP hoặc PEOPLE.",
                    "The audience must be ALL, GROUP or PEOPLE.");
        }
        return new ItemRequest(form.text("type"), form.text("title"), form.text("summary"), form.text("body"), null,
                kind, form.text("group"), form.list("people"), form.text("subject"), form.text("className"));
    }

    private static Upload singleFile(MultipartForm form) {
        List<Upload> files = form.uploads("file");
        if (files.size() > 1) {
            throw PortalException.badRequest("one-file", "Mỗi mục đính kèm một tệp.", "An item takes one file.");
        }
        return files.isEmpty() ? null : files.get(0);
    }
}
