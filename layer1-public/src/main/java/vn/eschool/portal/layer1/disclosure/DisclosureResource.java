package vn.eschool.portal.layer1.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.SchoolYear;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.ChecklistView;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.HistoryView;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.VersionView;
import vn.eschool.portal.layer1.disclosure.DisclosureViews.YearLink;

/**
 * Public disclosures: anyone reads the checklist and every version; the school's editors and board publish new
 * versions. There is deliberately no DELETE: published versions stay online.
 */
@RequestScoped
@Path("/api/v1/schools/{code}/disclosures")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {

    @Inject
    SchoolService schools;

    @Inject
    DisclosureService disclosures;

    @Inject
    Access access;

    @Inject
    Requests requests;

    /** The checklist of {@code year} (2025-2026), the current school year when absent. */
    @GET
    public ChecklistView checklist(@PathParam("code") String code, @QueryParam("year") String year) {
        School school = schools.require(code);
        return disclosures.checklist(school, year == null || year.isBlank() ? disclosures.currentYear()
                : SchoolYear.require(year));
    }

    @GET
    @Path("years")
    public List<YearLink> years(@PathParam("code") String code) {
        return disclosures.years(schools.require(code));
    }

    @GET
    @Path("{year}/{key}")
    public HistoryView history(@PathParam("code") String code, @PathParam("year") String year,
                               @PathParam("key") String key) {
        School school = schools.require(code);
        return disclosures.history(school, SchoolYear.require(year), key);
    }

    @POST
    @Path("{year}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("code") String code, @PathParam("year") String year,
                            @PathParam("key") String key, DisclosureRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireEditor(school);
        VersionView published = disclosures.publish(school, user, SchoolYear.require(year), key, requests.valid(body));
        return Response.status(Response.Status.CREATED).entity(published).build();
    }
}
