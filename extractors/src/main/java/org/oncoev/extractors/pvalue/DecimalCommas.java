package org.oncoev.extractors.pvalue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A same-length view of a passage text with decimal commas ({@code 0,05}, {@code 14,2}) written as points, so
 * the number patterns read European papers; offsets into the view are offsets into the text. A passage is taken
 * to use decimal commas only when it has a {@code 0,d} number (a leading zero before a comma is never a thousands
 * separator); then a comma between digits becomes a point unless exactly three digits follow a non-zero integer
 * part ({@code 1,250 patients} stays). Pure.
 */
public final class DecimalCommas {
    private DecimalCommas() {}

    /** What makes a passage one with decimal commas; {@link #hasZeroComma} finds it without the regex. */
    static final Pattern ZERO_COMMA = Pattern.compile("(?<![\\d.,])0,\\d");
    private static final Pattern COMMA = Pattern.compile("(?<![\\d.,])(\\d{1,3}),(\\d{1,6})(?!\\d|,\\d)");

    /** {@link #ZERO_COMMA} found in {@code text}, tried only where {@code 0,} occurs. */
    static boolean hasZeroComma(String text) {
        for (int i = text.indexOf("0,"); i >= 0; i = text.indexOf("0,", i + 1)) {
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            if ((before >= '0' && before <= '9') || before == '.' || before == ',') continue;
            if (i + 2 < text.length() && text.charAt(i + 2) >= '0' && text.charAt(i + 2) <= '9') return true;
        }
        return false;
    }

    /** The last text this thread asked for and its view: the p-value and hazard-ratio readers ask for one passage in turn. */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    /** The text with decimal commas as points (same length), or the text itself when it has none. */
    public static String view(String text) {
        String[] last = LAST.get();
        if (last[0] != text) {
            last[1] = viewOf(text);
            last[0] = text;
        }
        return last[1];
    }

    private static String viewOf(String text) {
        if (!hasZeroComma(text)) return text;
        StringBuilder sb = new StringBuilder(text);
        Matcher m = COMMA.matcher(text);
        while (m.find()) {
            if (m.group(2).length() == 3 && !m.group(1).equals("0")) continue;
            sb.setCharAt(m.end(1), '.');
        }
        return sb.toString();
    }
}
