package vn.eschool.portal.core.index;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Search across the district's schools, for district roles. */
@RequestScoped
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictSearchResource {

    @Inject
    SearchService search;

    /** District roles: {@code schools} is a comma-separated list of codes, or empty for every school. */
    @GET
    public SearchResult acrossSchools(@QueryParam("q") String q, @QueryParam("schools") String codes,
                                      @QueryParam("type") String type, @QueryParam("category") String category,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("page") String page) {
        Set<String> selected = codes == null || codes.isBlank() ? Set.of()
                : Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .collect(Collectors.toSet());
        return search.acrossSchools(selected, new SearchService.Filters(q, type, category, from, to,
                SearchService.page(page, 0)));
    }
}
