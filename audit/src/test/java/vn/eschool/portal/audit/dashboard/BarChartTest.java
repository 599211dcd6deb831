package vn.eschool.portal.audit.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final double EPSILON = 1e-9;

    private static BarChart.Bar bar(String label, double value) {
        return new BarChart.Bar(label, value, "/x?teacher=" + label);
    }

    @Test
    void aBarReachingTheQuotaEndsOnTheQuotaLineAndShorterOnesBeforeIt() {
        BarChart chart = BarChart.of(List.of(bar("lan", 3), bar("hung", 1), bar("mai", 6)), 3);

        BarChart.PlacedBar lan = chart.bars().get(0);
        BarChart.PlacedBar hung = chart.bars().get(1);
        BarChart.PlacedBar mai = chart.bars().get(2);
        assertEquals(6, chart.scaleMax(), "the longest bar sets the scale");
        assertEquals(chart.quotaX(), chart.plotLeft() + lan.length(), EPSILON, "3 of 3: the bar ends on the line");
        assertTrue(chart.plotLeft() + hung.length() < chart.quotaX());
        assertEquals(chart.plotLeft() + chart.plotWidth(), chart.plotLeft() + mai.length(), EPSILON);
        assertEquals(lan.length() / 3, hung.length(), EPSILON, "lengths are proportional to the values");
        assertEquals(List.of(true, false, true), chart.bars().stream().map(BarChart.PlacedBar::meetsQuota).toList());
        assertEquals(2, chart.barsMeetingQuota());
    }

    @Test
    void theQuotaSetsTheScaleWhenEveryoneIsBelowIt() {
        BarChart chart = BarChart.of(List.of(bar("lan", 0), bar("hung", 2)), 3);

        assertEquals(3, chart.scaleMax());
        assertEquals(chart.plotLeft() + chart.plotWidth(), chart.quotaX(), EPSILON, "the line at the right end");
        assertEquals(0, chart.bars().get(0).length(), EPSILON);
        assertFalse(chart.bars().get(1).meetsQuota());
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), chart.ticks().stream().map(BarChart.Tick::value).toList());
    }

    @Test
    void barsAreStackedInRowsAndTheChartGrowsWithThem() {
        BarChart one = BarChart.of(List.of(bar("a", 1)), 3);
        BarChart three = BarChart.of(List.of(bar("a", 1), bar("b", 1), bar("c", 1)), 3);

        assertEquals(2 * BarChart.ROW, three.height() - one.height(), EPSILON);
        assertEquals(BarChart.ROW, three.bars().get(1).y() - three.bars().get(0).y(), EPSILON);
        assertTrue(three.axisY() >= three.bars().get(2).y() + BarChart.BAR);
    }

    @Test
    void noBarsAndNoQuotaStillMakeAnAxis() {
        BarChart empty = BarChart.of(List.of(), 0);

        assertEquals(1, empty.scaleMax());
        assertEquals(empty.plotLeft(), empty.quotaX(), EPSILON);
        assertThrows(IllegalArgumentException.class, () -> BarChart.of(List.of(bar("x", -1)), 3));
    }
}
