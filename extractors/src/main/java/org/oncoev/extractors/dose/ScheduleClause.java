package org.oncoev.extractors.dose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that holds a dose, between the alternatives a design sentence joins
 * ({@code either 40 Gy in 20 twice-daily fractions, or 60 Gy in 30 once-daily fractions}): from after the last
 * {@code either}, {@code or}, {@code versus}, {@code ;} before the dose to the first after it. Pure.
 */
final class ScheduleClause {
    private ScheduleClause() {}

    /** A boundary between alternatives (a comma before {@code or} belongs to it). */
    private static final Pattern BOUNDARY = Pattern.compile("(?i),?\\s+(?:either|or|versus|vs\\.?|compared\\s+with|whereas|while)\\s+|;");
    /** Characters read at most on either side of the dose. */
    private static final int REACH = 160;

    /** The clause of {@code s} around {@code [start, end)}. */
    static String around(String s, int start, int end) {
        int from = Math.max(0, start - REACH);
        int to = Math.min(s.length(), end + REACH);
        int left = from;
        Matcher m = BOUNDARY.matcher(s).region(from, start);
        while (m.find()) left = m.end();
        int right = to;
        Matcher r = BOUNDARY.matcher(s).region(end, to);
        if (r.find()) right = r.start();
        return s.substring(left, right);
    }
}
