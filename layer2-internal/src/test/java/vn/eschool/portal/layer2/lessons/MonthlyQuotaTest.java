package vn.eschool.portal.layer2.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonthlyQuotaTest {

    @Test
    void shortOfTheQuotaSaysHowManyAreMissing() {
        MonthlyQuota quota = new MonthlyQuota(2, 3);
        assertFalse(quota.met());
        assertEquals(1, quota.missing());
        assertEquals("Tháng này: 2/3 bài giảng điện tử (còn thiếu 1)", quota.textVi());
        assertEquals("This month: 2 of 3 e-lectures (1 missing)", quota.textEn());
    }

    @Test
    void reachingOrPassingTheQuotaMeetsIt() {
        assertTrue(new MonthlyQuota(3, 3).met());
        MonthlyQuota more = new MonthlyQuota(5, 3);
        assertEquals(0, more.missing());
        assertEquals("Tháng này: 5/3 bài giảng điện tử (đạt)", more.textVi());
        assertEquals("This month: 5 of 3 e-lectures (met)", more.textEn());
        assertEquals("This month: 0 of 1 e-lecture (1 missing)", new MonthlyQuota(0, 1).textEn());
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MonthlyQuota(-1, 3));
    }
}
