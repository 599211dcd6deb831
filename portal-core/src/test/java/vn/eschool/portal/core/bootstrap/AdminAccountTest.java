package vn.eschool.portal.core.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.security.PasswordHasher;

class AdminAccountTest {

    private final List<Account> stored = new ArrayList<>();

    private PortalBootstrap.AdminAccount adminAccount(Optional<String> configuredPassword) {
        PortalBootstrap.AdminAccount admin = new PortalBootstrap.AdminAccount();
        admin.accounts = (AccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AccountRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "countDistrictAdmins" -> (long) stored.size();
                    case "add" -> {
                        stored.add((Account) args[0]);
                        yield args[0];
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        admin.hasher = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "hash-of:" + password;
            }
        };
        admin.config = new PortalConfig() {
            @Override
            public Optional<String> adminPassword() {
                return configuredPassword;
            }
        };
        admin.clock = Clock.systemUTC();
        return admin;
    }

    @Test
    void aGeneratedPasswordIsPrintedOnceAndMustBeChangedAtFirstSignIn() {
        PortalBootstrap.AdminAccount admin = adminAccount(Optional.empty());

        String banner = admin.ensureExists().orElseThrow();

        Account created = stored.get(0);
        assertTrue(created.mustChangePassword());
        String password = created.passwordHash().substring("hash-of:".length());
        assertTrue(banner.contains(password), banner);
        assertEquals(Optional.empty(), admin.ensureExists(), "later starts print nothing");
        assertEquals(1, stored.size());
    }

    @Test
    void aPasswordChosenByTheOperatorIsNeitherPrintedNorForcedToChange() {
        String banner = adminAccount(Optional.of("mat-khau-cua-quan-tri")).ensureExists().orElseThrow();

        assertFalse(stored.get(0).mustChangePassword());
        assertFalse(banner.contains("mat-khau-cua-quan-tri"), banner);
    }
}
