package vn.eschool.portal.layer1.category;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** A school's categories: public to read, managed by its editors and board. */
@RequestScoped
@Path("/api/v1/schools/{code}/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    SchoolService schools;

    @Inject
    CategoryService categories;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public List<CategoryView> list(@PathParam("code") String code) {
        return categories.of(schools.require(code)).stream().map(CategoryView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("code") String code, CategoryRequest body) {
        School school = schools.require(code);
        access.requireEditor(school);
        Category created = categories.create(school, requests.valid(body));
        return Response.status(Response.Status.CREATED).entity(CategoryView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryView change(@PathParam("code") String code, @PathParam("id") long id, CategoryRequest body) {
        School school = schools.require(code);
        access.requireEditor(school);
        return CategoryView.of(categories.change(school, id, requests.valid(body)));
    }
}
