package vn.eschool.portal.layer1.elearning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.Requests;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolService;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** The public e-learning repository: anyone browses; a lecture's author or the school's editors share it. */
@RequestScoped
@Path("/api/v1/schools/{code}/elearning")
@Produces(MediaType.APPLICATION_JSON)
public class ElearningResource {

    @Inject
    SchoolService schools;

    @Inject
    ElearningService elearning;

    @Inject
    Access access;

    @Inject
    Requests requests;

    @GET
    public ElearningService.Browse browse(@PathParam("code") String code, @QueryParam("subject") String subject,
                                          @QueryParam("grade") String grade,
                                          @QueryParam("page") String pageText) {
        return elearning.browse(schools.require(code), subject, grade(grade), PageParam.parse(pageText));
    }

    @GET
    @Path("{id}")
    public ElearningService.Detail lecture(@PathParam("code") String code, @PathParam("id") long id) {
        return elearning.detail(schools.require(code), id);
    }

    /** {@code {"shared": true}} puts a published lecture in the public repository, {@code false} takes it out. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ElearningView share(@PathParam("code") String code, @PathParam("id") long id, SharingRequest body) {
        School school = schools.require(code);
        AuthenticatedUser user = access.requireMember(school);
        SharingRequest request = requests.valid(body);
        return elearning.share(school, user, access.seesUnpublished(user, school), id, request.shared());
    }

    /** A grade from a query: 1 to 12, or none. */
    static Integer grade(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int grade = Integer.parseInt(text.strip());
            if (grade >= 1 && grade <= 12) {
                return grade;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw PortalException.badRequest("invalid-grade", "Khối lớp phải là một số từ 1 đến 12.",
                "The grade must be a number from 1 to 12.");
    }
}
