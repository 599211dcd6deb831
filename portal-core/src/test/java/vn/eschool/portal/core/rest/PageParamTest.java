package vn.eschool.portal.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageParamTest {

    @Test
    void absentMeansTheFirstPage() {
        assertEquals(1, PageParam.parse(null));
        assertEquals(1, PageParam.parse(" "));
        assertEquals(7, PageParam.parse(" 7 "));
        assertEquals(PageParam.MAX_PAGE, PageParam.parse(String.valueOf(PageParam.MAX_PAGE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "2147483647", "2147483648", "100001", "1e3"})
    void anythingElseIsAnInvalidPage(String text) {
        PortalException e = assertThrows(PortalException.class, () -> PageParam.parse(text));
        assertEquals(400, e.status());
        assertEquals("invalid-page", e.code());
    }

    @Test
    void otherNumbersAreOptionalAndRefusedAsTheirParameterSays() {
        assertEquals(OptionalLong.empty(), NumberParam.parse(null, 0, 10, () -> PortalException.badRequest("invalid-x",
                "Sai", "Wrong")));
        assertEquals(OptionalLong.of(Long.MAX_VALUE), NumberParam.parse(String.valueOf(Long.MAX_VALUE), 1,
                Long.MAX_VALUE, () -> PortalException.badRequest("invalid-x", "Sai", "Wrong")));
        for (String text : List.of("abc", "11", "-1", "9223372036854775808")) {
            PortalException e = assertThrows(PortalException.class, () -> NumberParam.parse(text, 0, 10,
                    () -> PortalException.badRequest("invalid-wait", "Sai", "Wrong")));
            assertEquals("invalid-wait", e.code(), text);
        }
    }

    @Test
    void offsetsNeverOverflow() {
        assertEquals(0, PageParam.offset(1, 20));
        assertEquals(0, PageParam.offset(0, 20));
        assertEquals(40, PageParam.offset(3, 20));
        assertEquals(Integer.MAX_VALUE, PageParam.offset(Integer.MAX_VALUE, 50));
    }
}
