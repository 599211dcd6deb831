package vn.eschool.portal.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.inject.Inject;
import vn.eschool.portal.core.web.ErrorResponses;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Last resort: log the failure with an incident id and answer without a stack trace. */
@ApplicationScoped
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Inject
    ErrorResponses errors;

    @Inject
    PortalExceptionMapper portalErrors;

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        var cause = PortalExceptionMapper.cause(e);
        if (cause.isPresent()) {
            return portalErrors.toResponse(cause.get());
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return errors.of(Problem.of(500, "internal-error",
                "Đã xảy ra lỗi hệ thống (mã sự cố " + incident + "). Dữ liệu của bạn không bị thay đổi.",
                "Internal error (incident " + incident + ")."));
    }
}
