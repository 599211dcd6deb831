package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountService;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer1.category.CategoryService;
import vn.eschool.portal.layer1.news.PostService;

/** The services an import works through, so that the workflow, the index and the logbook stay consistent. */
@ApplicationScoped
public class Imports {

    @Inject
    ImportRecords records;

    @Inject
    CategoryService categories;

    @Inject
    AccountService accountService;

    @Inject
    ImportedFiles files;

    @Inject
    PostService posts;

    @Inject
    ActivityLog log;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The old site's files by their address: public ones, and this machine's only for the integration tests. */
    RemoteFiles remote() {
        return RemoteFiles.of(config.testClock());
    }

    /** Starts an import; call within the import's transaction. */
    ImportRun begin(School school, AuthenticatedUser user, String source, boolean commit,
                    Map<String, String> authorMapping) {
        return new ImportRun(this, school, em.find(Account.class, user.accountId()), source, commit, authorMapping);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
