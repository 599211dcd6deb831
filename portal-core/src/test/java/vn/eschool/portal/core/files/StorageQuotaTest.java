package vn.eschool.portal.core.files;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.rest.PortalException;

class StorageQuotaTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void anUploadFitsUpToTheLastByte() {
        StorageQuota quota = new StorageQuota(20 * GIB, 20 * GIB - 100);
        assertTrue(quota.fits(100));
        assertFalse(quota.fits(101));
        assertTrue(quota.fits(-1), "an unknown length is checked once stored");
    }

    @Test
    void noOverflowNearLongLimits() {
        assertFalse(new StorageQuota(Long.MAX_VALUE - 1, Long.MAX_VALUE - 1).fits(Long.MAX_VALUE));
    }

    @Test
    void aStoredUploadThatOverflowsIsRefusedWithTheSchoolsFigures() {
        StorageQuota full = new StorageQuota(3 * GIB, 3 * GIB + 1);
        assertTrue(full.exceeded());
        PortalException refused = assertThrows(PortalException.class, () -> full.refuseUnlessFits(0));
        assertEquals(413, refused.status());
        assertTrue(refused.messageVi().startsWith("Dung lượng lưu trữ của trường đã hết"), refused.messageVi());
        assertTrue(refused.messageVi().contains("3.00 GB / 3.00 GB"), refused.messageVi());
        assertEquals("school-storage-full", refused.code());
        assertDoesNotThrow(() -> new StorageQuota(3 * GIB, 3 * GIB).refuseUnlessFits(0), "exactly full is allowed");
    }

    @Test
    void smallQuotasReadInMegabytes() {
        assertEquals("3.0 MB", StorageQuota.size(3 * 1024 * 1024));
        assertEquals("1.50 GB", StorageQuota.size(3 * GIB / 2));
    }
}
