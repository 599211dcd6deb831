package vn.eschool.portal.core.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RefusedRequestHandlerTest {

    @Test
    void pathsThatStayInsideTheRootAreLeftToTheContainer() {
        for (String path : new String[] {"/", "*", "/api/v1/schools", "/a/../b", "/a/b/../../c", "/a/./b", "//a//b/",
                "/a/..", "/..a/b..", "/tin-tức/bài-viết"}) {
            assertTrue(RefusedRequestHandler.staysInsideTheRoot(path), path);
        }
    }

    @Test
    void pathsTheContainerRefusesAreRecognised() {
        for (String path : new String[] {"/..", "/../etc/passwd", "/../../etc/passwd", "/a/../..", "/a/../../b",
                "/./../a", "//..//a", "/a\\b", "/a\0b", "a/b", ""}) {
            assertFalse(RefusedRequestHandler.staysInsideTheRoot(path), path);
        }
    }
}
