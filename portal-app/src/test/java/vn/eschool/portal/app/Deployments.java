package vn.eschool.portal.app;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real assembled WAR from the build, deployed at the root context as in production. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive portal() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
