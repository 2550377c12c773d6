package dev.wenda.bot.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting: exact integers with thousands separators and SI-humanized values (15.47 G). */
public final class Humanize {
    private static final String[] UNITS = {"", " K", " M", " G", " T", " P", " E", " Z", " Y"};

    private Humanize() {}

    /** 15470264320 → "15,470,264,320". */
    public static String exact(BigInteger value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String exact(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** 15470264320 → "15.47 G"; values under 1000 are printed as they are. */
    public static String si(BigInteger value) {
        if (value.abs().compareTo(BigInteger.valueOf(1000)) < 0) {
            return value.toString();
        }
        BigDecimal v = new BigDecimal(value);
        int unit = 0;
        BigDecimal thousand = BigDecimal.valueOf(1000);
        while (v.abs().compareTo(thousand) >= 0 && unit < UNITS.length - 1) {
            v = v.divide(thousand);
            unit++;
        }
        BigDecimal rounded = v.setScale(2, RoundingMode.HALF_UP);
        if (rounded.abs().compareTo(thousand) >= 0 && unit < UNITS.length - 1) {
            rounded = rounded.divide(thousand).setScale(2, RoundingMode.HALF_UP);
            unit++;
        }
        return rounded.toPlainString() + UNITS[unit];
    }

    /** "15.47 G (15,470,264,320)". */
    public static String both(BigInteger value) {
        String si = si(value);
        String exact = exact(value);
        return si.equals(value.toString()) ? exact : si + " (" + exact + ")";
    }
}
