package vn.eschool.portal.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.eschool.portal.core.bootstrap.PortalBootstrap;

/**
 * Defines the database and starts the portal when the web application starts.
 * <p>
 * The database is chosen by configuration only: PORTAL_DB_URL, PORTAL_DB_DATASOURCE (the JDBC DataSource
 * class, e.g. org.postgresql.ds.PGSimpleDataSource), PORTAL_DB_USER, PORTAL_DB_PASSWORD. Without them, an
 * embedded H2 file database under ./data. Defaults are inline because the pool is created before
 * microprofile-config.properties is read; the definition sits on a web component because the container
 * processes resource definitions only there.
 */
@WebListener
@DataSourceDefinition(
        name = PortalBootstrap.DATASOURCE,
        className = "${MPCONFIG=portal.db.datasource:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=portal.db.url:jdbc:h2:file:./data/h2/portal}",
        user = "${MPCONFIG=portal.db.user:portal}",
        password = "${MPCONFIG=portal.db.password:portal}",
        minPoolSize = 2,
        maxPoolSize = 30)
public class PortalStartup implements ServletContextListener {

    @Inject
    PortalBootstrap bootstrap;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        bootstrap.start();
    }
}
