package vn.eschool.portal.audit.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static LineChart.Value v(String month, Double value) {
        return new LineChart.Value(month, value, "/m?month=" + month);
    }

    @Test
    void pointsRiseWithTheirValuesAndAMissingMonthBreaksTheLine() {
        LineChart chart = LineChart.of("Điểm", "Score", List.of(v("2025-01", 0.0), v("2025-02", 10.0),
                v("2025-03", null), v("2025-04", 20.0), v("2025-05", 5.0)), 20.0);

        List<LineChart.Point> p = chart.points();
        assertEquals(chart.axisY(), p.get(0).y(), 1e-9, "0 sits on the axis");
        assertEquals(LineChart.TOP, p.get(3).y(), 1e-9, "the maximum at the top");
        assertEquals((p.get(0).y() + p.get(3).y()) / 2, p.get(1).y(), 1e-9);
        assertEquals(p.get(1).x() - p.get(0).x(), p.get(4).x() - p.get(3).x(), 1e-9, "months evenly spaced");
        assertEquals(List.of("34.0,108.0 98.0,59.0", "226.0,10.0 290.0,83.5"), chart.segments());
    }

    @Test
    void withoutAFixedMaximumTheLargestValueRoundedUpIsTheTop() {
        LineChart chart = LineChart.of("Bài giảng", "Lectures", List.of(v("2025-01", 2.0), v("2025-02", 7.0)), null);

        assertEquals(7, chart.scaleMax());
        assertEquals(1, LineChart.of("x", "x", List.of(v("2025-01", 0.0)), null).scaleMax());
    }
}
