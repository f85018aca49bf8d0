package dev.ambit.engine.catalog;

import java.util.Locale;

/** Byte counts for people: 1.1 GB, 640.0 MB (decimal units, as download sites show them). */
public final class Bytes {
    private Bytes() {}

    public static String human(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
