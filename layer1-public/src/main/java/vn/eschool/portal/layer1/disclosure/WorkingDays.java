package vn.eschool.portal.layer1.disclosure;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days: Monday to Friday (public holidays are not modelled; the rule errs on the strict side). */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code from} (a change on Friday, 10 working days: Friday two weeks on). */
    public static LocalDate after(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate day = from;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
