package vn.eschool.portal.audit.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One small line chart of a monthly series (12 months of a school's totals), laid out in SVG user units for the
 * template {@code audit/charts.ftlh}; a missing value (no rule set in force) leaves a gap. Pure geometry.
 */
public record LineChart(String titleVi, String titleEn, double width, double height, double scaleMax,
                        List<Point> points, List<String> segments) {

    public static final double WIDTH = 300;
    public static final double HEIGHT = 130;
    public static final double LEFT = 34;
    public static final double RIGHT = 10;
    public static final double TOP = 10;
    public static final double BOTTOM = 22;

    /** A month's value ({@code null}: none) and where it leads. */
    public record Value(String month, Double value, String href) {
    }

    public record Point(String month, Double value, String href, double x, double y) {
    }

    public LineChart {
        points = List.copyOf(points);
        segments = List.copyOf(segments);
    }

    public static LineChart of(String titleVi, String titleEn, List<Value> values, Double fixedMax) {
        double max = fixedMax != null ? fixedMax : Math.ceil(Math.max(1, values.stream()
                .filter(v -> v.value() != null).mapToDouble(Value::value).max().orElse(0)));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = values.size() > 1 ? plotWidth / (values.size() - 1) : 0;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            double y = v.value() == null ? HEIGHT - BOTTOM : TOP + plotHeight - v.value() / max * plotHeight;
            points.add(new Point(v.month(), v.value(), v.href(), LEFT + i * step, y));
        }
        // Consecutive known points make one polyline; an unknown month breaks the line.
        List<String> segments = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (Point point : points) {
            if (point.value() == null) {
                addSegment(segments, run);
                run = new ArrayList<>();
            } else {
                run.add(point);
            }
        }
        addSegment(segments, run);
        return new LineChart(titleVi, titleEn, WIDTH, HEIGHT, max, points, segments);
    }

    private static void addSegment(List<String> segments, List<Point> run) {
        if (run.size() > 1) {
            segments.add(run.stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y()))
                    .collect(Collectors.joining(" ")));
        }
    }

    public double axisY() {
        return HEIGHT - BOTTOM;
    }
}
