package vn.eschool.portal.core.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.rest.PortalException;

class IdMapTest {

    @Test
    void aReferenceTakesTheNewIdOfTheArchivesRowOrOfTheDistrictsRowFoundByItsKey() {
        IdMap ids = new IdMap();
        ids.put("account", 7, 1007);
        ids.put("account", 1, 51);
        assertEquals(1007L, ids.reference("account", 7));
        assertEquals(51L, ids.reference("account", 1));
    }

    @Test
    void aReferenceToADistrictRowMissingHereIsNullAndNamesItsKey() {
        IdMap ids = new IdMap();
        ids.putMissing("account", 3, "[\"truongphong\"]");
        assertNull(ids.reference("account", 3));
        assertEquals("[\"truongphong\"]", ids.missingKey("account", 3));
    }

    @Test
    void aReferenceToARowOfAnotherDeploymentRefusesTheArchive() {
        IdMap ids = new IdMap();
        ids.put("account", 7, 1007);
        PortalException refused = assertThrows(PortalException.class, () -> ids.reference("account", 8));
        assertEquals(400, refused.status());
        assertEquals("archive-rejected", refused.code());
        assertThrows(PortalException.class, () -> ids.reference("attachment", 7));
    }

    @Test
    void anAddressInATextKeepsAnIdTheArchiveDoesNotHold() {
        IdMap ids = new IdMap();
        ids.put("attachment", 7, 1007);
        assertEquals(1007, ids.rewrite("attachment", 7));
        assertEquals(8, ids.rewrite("attachment", 8));
    }
}
