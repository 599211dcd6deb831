package vn.eschool.portal.core.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenantHostFilterTest {

    @Test
    void thePortalsOwnPathsAreWholeSegments() {
        for (String shared : new String[] {"api/v1/me", "schools/thcs-sonca/", "static/site.css", "login", "logout",
                "account", "account/password", "district"}) {
            assertTrue(TenantHostFilter.isShared(shared), shared);
        }
        for (String school : new String[] {"", "accounting-news/", "login-guide.html", "districts/2023/",
                "apiary/", "2023/09/05/slug/", "schoolsport/"}) {
            assertFalse(TenantHostFilter.isShared(school), school);
        }
    }
}
