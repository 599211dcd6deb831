package vn.eschool.portal.audit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void pointsAreWrittenWithADecimalCommaAndNoTrailingZeros() {
        assertEquals("2,5", Points.vi(2.5));
        assertEquals("10", Points.vi(10));
        assertEquals("94,75", Points.vi(94.75));
        assertEquals("0", Points.vi(0));
    }
}
