package vn.eschool.portal.audit.schoolyear;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** A school year's calendar and, for each of its twelve months, its teaching days and whether it is scored. */
public record SchoolYearView(String year, LocalDate firstDay, LocalDate lastDay, LocalDate tetFirst, LocalDate tetLast,
                             TeachingCalendar.Source source, List<MonthLine> months) {

    public record MonthLine(YearMonth month, int teachingDays, boolean inSession) {
    }

    public static SchoolYearView of(TeachingCalendar calendar) {
        YearMonth september = YearMonth.of(calendar.year().firstYear(), 9);
        List<MonthLine> months = IntStream.range(0, 12).mapToObj(september::plusMonths)
                .map(month -> new MonthLine(month, calendar.teachingDays(month).size(), calendar.inSession(month)))
                .toList();
        return new SchoolYearView(calendar.year().toString(), calendar.firstDay(), calendar.lastDay(),
                calendar.tetFirst(), calendar.tetLast(), calendar.source(), months);
    }
}
