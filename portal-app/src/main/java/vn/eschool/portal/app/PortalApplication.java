package vn.eschool.portal.app;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import vn.eschool.portal.core.rest.RestClasses;

/**
 * The assembled portal: the core's resources plus those of every plugin on the class path.
 * The database is defined in WEB-INF/web.xml.
 */
@OpenAPIDefinition(info = @Info(title = "Cổng thông tin điện tử trường học – API", version = "v1",
        description = "School e-information portal: schools, accounts, content, search and audit. Errors are "
                + "RFC 9457 application/problem+json with Vietnamese (detail) and English (detailEn) messages."))
@ApplicationPath("/")
public class PortalApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return RestClasses.all();
    }
}
