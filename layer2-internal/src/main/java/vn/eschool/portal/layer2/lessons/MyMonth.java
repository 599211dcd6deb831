package vn.eschool.portal.layer2.lessons;

import java.time.YearMonth;

/** A teacher's month at a glance: e-lectures uploaded against those required, in words for the page. */
public record MyMonth(String month, int uploaded, int required, boolean met, String textVi, String textEn) {

    public static MyMonth of(YearMonth month, MonthlyQuota quota) {
        return new MyMonth(month.toString(), quota.uploaded(), quota.required(), quota.met(), quota.textVi(),
                quota.textEn());
    }
}
