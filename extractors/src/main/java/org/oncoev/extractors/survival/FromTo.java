package org.oncoev.extractors.survival;

import java.util.regex.Pattern;

/**
 * How a number written after {@code from} reads when a {@code to} follows it: a change between two groups' values
 * ({@code median OS rose from 4.6 to 7.1 months}, {@code a gain in PFS from 6.1 to 9.4 months}: two
 * values, the first the comparator's), or a range ({@code ranged from 3 to 5 months}, {@code was from 3 to 5
 * months}: one value with its upper end). A change word carries over a parallel clause ({@code prolongation of PFS
 * from 6.1 to 9.4 months and OS from 21.5 to 30.2 months}). Stateless; looks at most {@link #LOOK_BACK}
 * characters back.
 */
final class FromTo {

    /** How the {@code from ... to ...} around a number reads. */
    enum Reading { NONE, RANGE, CHANGE }

    static final int LOOK_BACK = 200;
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");
    private static final Pattern RANGE_VERB_BEFORE = Pattern.compile("(?i)\\b(?:rang\\w*|var(?:ied|ying|y|ies|iable))\\s+$");
    /** A verb or noun of change in the clause before {@code from} ({@code increased}, {@code prolongation of OS}). */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:increas|improv|prolong|extend|extension|lengthen|raise|rais|rose|rise|rising|went|chang|shift|"
            + "decreas|reduc|declin|fell|fall|drop|shorten|boost|doubl)\\w*\\b(?:[^.;:]|\\.\\d){0,170}$");

    private FromTo() {}

    /** The reading of a number starting at {@code start} of {@code s}: NONE unless {@code from} is right before it. */
    static Reading at(String s, int start) {
        int from = Math.max(0, start - LOOK_BACK);
        String before = s.substring(from, start);
        java.util.regex.Matcher f = FROM_BEFORE.matcher(before);
        if (!f.find()) return Reading.NONE;
        String lead = before.substring(0, f.start());
        if (RANGE_VERB_BEFORE.matcher(lead).find()) return Reading.RANGE;
        return CHANGE_BEFORE.matcher(lead).find() ? Reading.CHANGE : Reading.RANGE;
    }

    /** Cheap test: {@code from} (any case) ends within the few characters before {@code start}. */
    static boolean mayApply(String s, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) i--;
        return i >= 3 && (s.charAt(i) == 'm' || s.charAt(i) == 'M')
                && s.regionMatches(true, i - 3, "from", 0, 4);
    }
}
