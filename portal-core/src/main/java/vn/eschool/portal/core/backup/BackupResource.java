package vn.eschool.portal.core.backup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.sql.SQLException;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.security.Access;

/** A backup of the deployment while it runs (district admin); restoring is described in the README. */
@RequestScoped
@Path("/api/v1/admin/backup")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject
    Access access;

    @Inject
    DeploymentBackup backup;

    @Inject
    ActivityLog log;

    @POST
    public DeploymentBackup.Result backup() throws IOException, SQLException, InterruptedException {
        access.requireDistrictAdmin();
        DeploymentBackup.Result result = backup.run();
        log.record(null, "deployment.backup", result.directory(), result.files() + " files");
        return result;
    }
}
