package vn.eschool.portal.audit.input;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The events every school is expected to report in its news (II.3.1 "tin tức sự kiện"), built in until schools
 * keep their own event table. Each comes with the words a news post about it would contain.
 */
public final class SchoolCalendar {

    /** An event of the school year and the search text that finds news about it. */
    public record SchoolEvent(String name, LocalDate date, String searchText) {
    }

    private record Fixed(String name, MonthDay day, String searchText) {
    }

    private static final List<Fixed> FIXED = List.of(
            new Fixed("Lễ khai giảng năm học mới", MonthDay.of(9, 5), "khai giảng"),
            new Fixed("Ngày Nhà giáo Việt Nam 20/11", MonthDay.of(11, 20), "nhà giáo"),
            new Fixed("Tổng kết năm học", MonthDay.of(5, 31), "tổng kết"));

    /** The first day of Tết Nguyên đán moves with the lunar calendar; known years only. */
    static final Map<Integer, LocalDate> TET = Map.ofEntries(
            Map.entry(2021, LocalDate.of(2021, 2, 12)), Map.entry(2022, LocalDate.of(2022, 2, 1)),
            Map.entry(2023, LocalDate.of(2023, 1, 22)), Map.entry(2024, LocalDate.of(2024, 2, 10)),
            Map.entry(2025, LocalDate.of(2025, 1, 29)), Map.entry(2026, LocalDate.of(2026, 2, 17)),
            Map.entry(2027, LocalDate.of(2027, 2, 6)), Map.entry(2028, LocalDate.of(2028, 1, 26)),
            Map.entry(2029, LocalDate.of(2029, 2, 13)), Map.entry(2030, LocalDate.of(2030, 2, 3)));

    private SchoolCalendar() {
    }

    /** The expected events falling in {@code month}, by date. */
    public static List<SchoolEvent> eventsIn(YearMonth month) {
        List<SchoolEvent> events = new ArrayList<>();
        for (Fixed fixed : FIXED) {
            if (fixed.day().getMonthValue() == month.getMonthValue()) {
                events.add(new SchoolEvent(fixed.name(), fixed.day().atYear(month.getYear()), fixed.searchText()));
            }
        }
        LocalDate tet = TET.get(month.getYear());
        if (tet != null && YearMonth.from(tet).equals(month)) {
            events.add(new SchoolEvent("Tết Nguyên đán", tet, "tết"));
        }
        events.sort(Comparator.comparing(SchoolEvent::date));
        return events;
    }
}
