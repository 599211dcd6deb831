package vn.eschool.portal.core.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(ConditionalGet.matches("\"abc\"", "\"abc\""));
        assertTrue(ConditionalGet.matches("W/\"abc\"", "\"abc\""));
        assertTrue(ConditionalGet.matches("\"x\", W/\"abc\"", "W/\"abc\""));
        assertTrue(ConditionalGet.matches("*", "\"abc\""));
        assertFalse(ConditionalGet.matches("\"abd\"", "\"abc\""));
        assertFalse(ConditionalGet.matches(null, "\"abc\""));
        assertFalse(ConditionalGet.matches("\"abc\"", null));
    }
}
