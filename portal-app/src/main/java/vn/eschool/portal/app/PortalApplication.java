package vn.eschool.portal.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import vn.eschool.portal.core.rest.RestClasses;

/**
 * The assembled portal: the core's resources plus those of every plugin on the class path.
 * The database is defined in WEB-INF/web.xml.
 */
@ApplicationPath("/")
public class PortalApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return RestClasses.all();
    }
}
