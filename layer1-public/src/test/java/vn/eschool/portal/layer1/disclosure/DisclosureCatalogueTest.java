package vn.eschool.portal.layer1.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureCatalogueTest {

    @Test
    void theStandardCatalogueCoversTheCircularsGroups() {
        DisclosureCatalogue catalogue = DisclosureCatalogue.standard();
        assertEquals("Thông tư 09/2024/TT-BGDĐT", catalogue.decision());
        assertEquals(List.of("thong-tin-chung", "to-chuc", "chat-luong", "tai-chinh"),
                catalogue.groups().stream().map(DisclosureCatalogue.Group::key).toList());
        assertEquals(MonthDay.of(6, 30), catalogue.rules().dueMonthDay());
        assertEquals(10, catalogue.rules().updateWorkingDays());
        assertEquals(5, catalogue.rules().keepYears());
        assertTrue(catalogue.item("hoc-phi").isPresent());
        assertTrue(catalogue.item("cam-ket-chat-luong").isPresent());
        assertTrue(catalogue.item("mien-giam-ho-tro").isPresent());
        assertTrue(catalogue.item("khong-co").isEmpty());
    }

    @Test
    void duplicateKeysAreRefused() {
        String json = "{\"decision\":\"x\",\"dueMonthDay\":\"06-30\",\"updateWorkingDays\":10,\"keepYears\":5,"
                + "\"groups\":[{\"key\":\"g\",\"titleVi\":\"G\",\"titleEn\":\"G\",\"items\":["
                + "{\"key\":\"a\",\"titleVi\":\"A\",\"titleEn\":\"A\"},{\"key\":\"a\",\"titleVi\":\"B\",\"titleEn\":\"B\"}]}]}";
        assertThrows(IllegalStateException.class,
                () -> DisclosureCatalogue.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
