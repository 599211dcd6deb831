package vn.eschool.portal.layer1.stats;

import java.text.NumberFormat;
import java.util.Locale;

/** A school's all-time visits and reads, as the public footer shows them ("Lượt truy cập: 1.630.397"). */
public record SiteTotals(long visits, long reads) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Vietnamese grouping: dots between thousands. */
    public static String vi(long n) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(n);
    }

    public String visitsVi() {
        return vi(visits);
    }

    public String readsVi() {
        return vi(reads);
    }
}
