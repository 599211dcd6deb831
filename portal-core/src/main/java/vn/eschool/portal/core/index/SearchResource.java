package vn.eschool.portal.core.index;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.eschool.portal.core.school.SchoolService;

/** Full-text search of one school, with snippets and facet counts by type and category. */
@RequestScoped
@Path("/api/v1/schools/{code}/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    SchoolService schools;

    @GET
    public SearchResult inSchool(@PathParam("code") String code, @QueryParam("q") String q,
                                 @QueryParam("type") String type, @QueryParam("category") String category,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") String page) {
        return search.inSchool(schools.require(code), new SearchService.Filters(q, type, category, from, to,
                SearchService.page(page, 0)));
    }
}
