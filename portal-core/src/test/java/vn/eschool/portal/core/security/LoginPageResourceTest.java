package vn.eschool.portal.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginPageResourceTest {

    @Test
    void afterSignInOnlyLocalPathsAreFollowed() {
        assertEquals("/schools/thcs-sonca/", LoginPageResource.safeNext("/schools/thcs-sonca/"));
        assertEquals("/account", LoginPageResource.safeNext("https://evil.example/"));
        assertEquals("/account", LoginPageResource.safeNext("//evil.example/"));
        assertEquals("/account", LoginPageResource.safeNext("/\\evil.example"));
        assertEquals("/account", LoginPageResource.safeNext(null));
    }
}
