package vn.eschool.portal.core.school;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import vn.eschool.portal.core.rest.Requests;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import vn.eschool.portal.core.security.Access;

/** The district's schools. Names and contacts are public (the district home page lists them). */
@RequestScoped
@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    public record SchoolRequest(
            @NotBlank(message = "Mã trường là bắt buộc / code is required") String code,
            @NotBlank(message = "Tên trường là bắt buộc / name is required")
            @Size(max = 200, message = "Tên tối đa 200 ký tự / at most 200 characters") String name,
            @NotNull(message = "Cấp học là bắt buộc (MN, TH, THCS) / level is required") SchoolLevel level,
            @Size(max = 300) String address,
            @Size(max = 50) String phone,
            @Size(max = 200) String email,
            List<String> hostNames) {
    }

    public record SchoolView(String code, String name, SchoolLevel level, String levelVi, String address,
                             String phone, String email, List<String> hostNames) {
        public static SchoolView of(School s) {
            return new SchoolView(s.code(), s.name(), s.level(), s.level().labelVi(), s.address(), s.phone(),
                    s.email(), s.hostNames());
        }
    }

    @Inject
    SchoolService schools;

    @Inject
    Access access;

    @Inject
    Requests requests;

    public record SecuritySettings(boolean requireTwoFactor) {
    }

    /** The school's sign-in policy: require two-factor sign-in for its admins and editors. */
    @PUT
    @Path("{code}/security")
    @Consumes(MediaType.APPLICATION_JSON)
    public SecuritySettings security(@PathParam("code") String code, SecuritySettings body) {
        access.requireSchoolAdmin(schools.require(code));
        return new SecuritySettings(schools.requireTwoFactor(code, requests.valid(body).requireTwoFactor())
                .requiresTwoFactor());
    }

    @GET
    public List<SchoolView> list() {
        return schools.all().stream().map(SchoolView::of).toList();
    }

    @GET
    @Path("{code}")
    public SchoolView get(@PathParam("code") String code) {
        return SchoolView.of(schools.require(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(SchoolRequest body,
                             @Context UriInfo uri) {
        access.requireDistrictAdmin();
        SchoolRequest request = requests.valid(body);
        School school = schools.register(request.code(), request.name(), request.level(), request.address(),
                request.phone(), request.email(), request.hostNames());
        return Response.created(uri.getAbsolutePathBuilder().path(school.code()).build())
                .entity(SchoolView.of(school)).build();
    }
}
