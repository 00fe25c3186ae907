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

    private static final Pattern ZERO_COMMA = Pattern.compile("(?<![\\d.,])0,\\d");
    private static final Pattern COMMA = Pattern.compile("(?<![\\d.,])(\\d{1,3}),(\\d{1,6})(?!\\d|,\\d)");

    /** The text with decimal commas as points (same length), or the text itself when it has none. */
    public static String view(String text) {
        if (!text.contains("0,") || !ZERO_COMMA.matcher(text).find()) return text;
        StringBuilder sb = new StringBuilder(text);
        Matcher m = COMMA.matcher(text);
        while (m.find()) {
            if (m.group(2).length() == 3 && !m.group(1).equals("0")) continue;
            sb.setCharAt(m.end(1), '.');
        }
        return sb.toString();
    }
}
