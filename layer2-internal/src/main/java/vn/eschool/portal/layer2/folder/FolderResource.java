package vn.eschool.portal.layer2.folder;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** A school's internal folders: its staff read and add; own folders are managed by their maker or an admin. */
@RequestScoped
@Path("/api/v1/schools/{code}/folders")
@Produces(MediaType.APPLICATION_JSON)
public class FolderResource {

    @Inject
    SchoolService schools;

    @Inject
    FolderService folders;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public List<FolderView> list(@PathParam("code") String code) {
        School school = schools.require(code);
        access.requireReader(school);
        return folders.of(school).stream().map(FolderView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("code") String code, FolderRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        Folder created = folders.create(school, user, requests.valid(body));
        return Response.status(Response.Status.CREATED).entity(FolderView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FolderView rename(@PathParam("code") String code, @PathParam("id") long id, FolderRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        return FolderView.of(folders.rename(school, user, access.administers(user, school), id, requests.valid(body)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("code") String code, @PathParam("id") long id) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        folders.delete(school, user, access.administers(user, school), id);
        return Response.noContent().build();
    }
}
