package vn.eschool.portal.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.eschool.portal.core.bootstrap.PortalBootstrap;

/** Ready only when the database answers: a deployed-but-broken portal must not look healthy. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = ((DataSource) new InitialContext().lookup(PortalBootstrap.DATASOURCE))
                .getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(5))
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
