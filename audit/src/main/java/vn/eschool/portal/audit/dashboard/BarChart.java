package vn.eschool.portal.audit.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars (one per teacher) against a quota line, laid out in SVG user units; the template
 * {@code audit/charts.ftlh} draws it, with a {@code <title>} on every bar and on the line. Pure geometry.
 *
 * @param scaleMax the value at the right end of the axis (the largest bar or the quota, at least 1)
 * @param quotaX   where the quota line is drawn
 */
public record BarChart(double width, double height, double plotLeft, double plotWidth, double scaleMax,
                       double quota, double quotaX, List<PlacedBar> bars, List<Tick> ticks) {

    public static final double WIDTH = 640;
    public static final double LABEL_WIDTH = 200;
    public static final double RIGHT_MARGIN = 36;
    public static final double ROW = 30;
    public static final double BAR = 20;
    public static final double TOP = 8;
    public static final double AXIS = 24;

    /** A bar to draw: its label, its value and where it leads. */
    public record Bar(String label, double value, String href) {
    }

    /**
     * @param y          top of the bar
     * @param length     the bar's length from {@code plotLeft}
     * @param meetsQuota whether the value reaches the quota
     */
    public record PlacedBar(String label, double value, String href, double y, double length, boolean meetsQuota) {
    }

    public record Tick(double value, double x) {
    }

    public BarChart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    public static BarChart of(List<Bar> bars, double quota) {
        if (quota < 0 || bars.stream().anyMatch(bar -> bar.value() < 0)) {
            throw new IllegalArgumentException("values and quota must not be negative");
        }
        double plotWidth = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
        double max = Math.ceil(Math.max(1, Math.max(quota, bars.stream().mapToDouble(Bar::value).max().orElse(0))));
        List<PlacedBar> placed = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            placed.add(new PlacedBar(bar.label(), bar.value(), bar.href(), TOP + i * ROW + (ROW - BAR) / 2,
                    bar.value() / max * plotWidth, bar.value() >= quota));
        }
        List<Tick> ticks = new ArrayList<>();
        int step = (int) Math.max(1, Math.ceil(max / 5));
        for (int value = 0; value <= max; value += step) {
            ticks.add(new Tick(value, LABEL_WIDTH + value / max * plotWidth));
        }
        double height = TOP + bars.size() * ROW + AXIS;
        return new BarChart(WIDTH, height, LABEL_WIDTH, plotWidth, max, quota, LABEL_WIDTH + quota / max * plotWidth,
                placed, ticks);
    }

    /** The bottom of the bars, where the axis runs. */
    public double axisY() {
        return height - AXIS;
    }

    public long barsMeetingQuota() {
        return bars.stream().filter(PlacedBar::meetsQuota).count();
    }
}
