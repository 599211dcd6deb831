package vn.eschool.portal.audit.scoring;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Points as Vietnamese documents write them: a decimal comma and no trailing zeros (2,5; 10; 94,75). */
public final class Points {

    private static final DecimalFormatSymbols VI = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));

    private Points() {
    }

    public static String vi(double value) {
        return new DecimalFormat("0.##", VI).format(value);
    }
}
