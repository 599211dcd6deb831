package vn.eschool.portal.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.rest.PortalException;

class SearchPageTest {

    @Test
    void pagesCountedFromOneAreCheckedAndNamedFromOne() {
        assertEquals(1, SearchService.page(null, 1));
        assertEquals(SearchService.LAST_PAGE + 1, SearchService.page(String.valueOf(SearchService.LAST_PAGE + 1), 1));
        PortalException zero = assertThrows(PortalException.class, () -> SearchService.page("0", 1));
        assertEquals("page-out-of-range", zero.code());
        assertEquals("Trang phải từ 1 đến " + (SearchService.LAST_PAGE + 1) + ".", zero.messageVi());
        assertThrows(PortalException.class, () -> SearchService.page(String.valueOf(SearchService.LAST_PAGE + 2), 1));
    }

    @Test
    void pagesCountedFromZeroAreNamedFromZero() {
        assertEquals(0, SearchService.page(null, 0));
        assertEquals(SearchService.LAST_PAGE, SearchService.page(String.valueOf(SearchService.LAST_PAGE), 0));
        PortalException past = assertThrows(PortalException.class,
                () -> SearchService.page(String.valueOf(SearchService.LAST_PAGE + 1), 0));
        assertEquals("The page must be 0 to " + SearchService.LAST_PAGE + ".", past.messageEn());
        assertEquals("invalid-page", assertThrows(PortalException.class, () -> SearchService.page("x", 0)).code());
    }
}
