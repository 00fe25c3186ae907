package org.oncoev.extractors.cohort;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a treatment named after a count is one of several alternatives the count spans. Thread-safe. */
final class ArmAlternatives {
    private ArmAlternatives() {}

    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})");
    /** The last item of a list of alternatives: {@code ; or B}, {@code , or B}. */
    private static final Pattern LIST_OR = Pattern.compile("(?i)[;,]\\s*or\\s+\\p{L}");

    /**
     * True when the sentence goes on after the arm at {@code from} to a list of other treatments closed by
     * {@code ; or}/{@code , or} ({@code 90 patients received A (A); B (B); or C (C)}): the count spans them all.
     */
    static boolean listedAfter(String s, int from) {
        String rest = s.substring(from, Math.min(s.length(), from + 240));
        Matcher end = SENTENCE_END.matcher(rest);
        if (end.find()) rest = rest.substring(0, end.start());
        return LIST_OR.matcher(rest).find();
    }
}
