package vn.eschool.portal.core.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.account.TwoFactorService;
import vn.eschool.portal.core.config.DatabaseMigrator;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.index.SearchIndexer;
import vn.eschool.portal.core.plugin.PortalPlugin;
import vn.eschool.portal.core.plugin.Plugins;
import vn.eschool.portal.core.security.LoginLedger;
import vn.eschool.portal.core.security.PasswordHasher;
import vn.eschool.portal.core.security.SecureTokens;
import vn.eschool.portal.core.security.SessionStore;

/**
 * Start-up in a fixed order: migrate the core schema then each plugin's, create the district admin on first
 * start, clean the file store, announce {@link PortalReady}, and print where to go and how to sign in.
 */
@ApplicationScoped
public class PortalBootstrap {

    public static final String DATASOURCE = "java:app/jdbc/portal";
    private static final Logger LOG = Logger.getLogger(PortalBootstrap.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    AdminAccount adminAccount;

    @Inject
    FileService files;

    @Inject
    SessionStore sessions;

    @Inject
    LoginLedger ledger;

    @Inject
    Clock clock;

    @Inject
    SearchIndexer indexer;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    Event<PortalReady> ready;

    /**
     * Called by the web application's start-up listener: by then the container has bound the data source
     * (observing CDI's application-scope initialisation is too early in Payara).
     */
    public void start() {
        try {
            run();
        } catch (RuntimeException | NamingException e) {
            // The container reports listener failures tersely: say what went wrong before failing the deployment.
            LOG.log(java.util.logging.Level.SEVERE, "Portal start-up failed", e);
            throw new IllegalStateException("Portal start-up failed", e);
        }
    }

    private void run() throws NamingException {
        DataSource dataSource = (DataSource) new InitialContext().lookup(DATASOURCE);
        DatabaseMigrator.migrate(dataSource, "core", "classpath:db/migration/core");
        for (PortalPlugin plugin : Plugins.all()) {
            plugin.migrationLocation().ifPresent(l -> DatabaseMigrator.migrate(dataSource, plugin.id(), l));
        }
        int sealed = twoFactor.sealPlaintextSecrets();
        if (sealed > 0) {
            LOG.info(() -> "Encrypted " + sealed + " authenticator secrets stored before encryption at rest");
        }
        indexer.open();
        List<String> banner = new ArrayList<>();
        adminAccount.ensureExists().ifPresent(banner::add);
        files.sweepOrphans();
        sessions.purgeExpired();
        ledger.purgeSpentFailures(OffsetDateTime.now(clock));
        PortalReady event = new PortalReady();
        ready.fire(event);
        banner.addAll(event.notes());
        printBanner(banner);
    }

    private void printBanner(List<String> lines) {
        StringBuilder text = new StringBuilder("\n")
                .append("==================================================================\n")
                .append(" Cổng thông tin điện tử trường học đã sẵn sàng / School portal is ready\n")
                .append(" Địa chỉ / URL: ").append(config.publicUrl()).append("/\n")
                .append(" Đăng nhập / Sign in: ").append(config.publicUrl()).append("/login\n")
                .append(" Plugins: ").append(Plugins.all().stream().map(PortalPlugin::id).toList()).append('\n');
        lines.forEach(l -> text.append(' ').append(l).append('\n'));
        text.append("==================================================================");
        LOG.info(text::toString);
    }

    /** The district administrator, created on first start. */
    @ApplicationScoped
    public static class AdminAccount {

        public static final String USERNAME = "admin";

        @Inject
        AccountRepository accounts;

        @Inject
        PasswordHasher hasher;

        @Inject
        PortalConfig config;

        @Inject
        Clock clock;

        /**
         * A generated password is printed this once and must be changed at the first sign-in, so the line left in
         * the log opens nothing; one chosen by the operator ({@code PORTAL_ADMIN_PASSWORD}) is theirs to keep.
         *
         * @return a banner line when the admin was just created
         */
        @Transactional
        public java.util.Optional<String> ensureExists() {
            if (accounts.countDistrictAdmins() > 0) {
                return java.util.Optional.empty();
            }
            java.util.Optional<String> configured = config.adminPassword();
            String password = configured.orElseGet(SecureTokens::newInitialPassword);
            Account admin = new Account(null, USERNAME, "Quản trị hệ thống", Role.DISTRICT_ADMIN,
                    hasher.hash(password), OffsetDateTime.now(clock));
            admin.changePassword(admin.passwordHash(), configured.isEmpty());
            accounts.add(admin);
            return java.util.Optional.of(configured.isPresent()
                    ? "Quản trị cấp phòng / district admin: admin (mật khẩu từ PORTAL_ADMIN_PASSWORD), trường để trống"
                    : "Quản trị cấp phòng / district admin: admin / " + password
                    + "  (chỉ in một lần, phải đổi ở lần đăng nhập đầu / printed once, must be changed at first"
                    + " sign-in; trường để trống / leave school empty)");
        }
    }
}
