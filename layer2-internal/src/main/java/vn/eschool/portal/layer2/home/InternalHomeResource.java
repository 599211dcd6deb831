package vn.eschool.portal.layer2.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The Layer 2 home for apps: opening it counts as a visit of Layer 2. */
@RequestScoped
@Path("/api/v1/schools/{code}/internal")
@Produces(MediaType.APPLICATION_JSON)
public class InternalHomeResource {

    @Inject
    SchoolService schools;

    @Inject
    InternalHomeService home;

    @Inject
    Access access;

    @GET
    public InternalHome open(@PathParam("code") String code) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireReader(school);
        return home.open(school, user, user.isDistrict() || access.administers(user, school));
    }
}
