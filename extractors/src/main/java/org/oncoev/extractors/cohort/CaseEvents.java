package org.oncoev.extractors.cohort;

import java.util.regex.Pattern;
import org.oncoev.extractors.text.Keywords;

/**
 * Counts of {@code cases} that are events rather than patients: incidence over follow-up
 * ({@code 120 cases during 9,000 person-years}), {@code there were 13 cases of X} and cases that
 * {@code were documented} or {@code ascertained}. Pure and thread-safe; callers bound the windows.
 */
final class CaseEvents {
    private CaseEvents() {}

    private static final Keywords THERE = new Keywords("there");
    private static final Keywords RECORDED = new Keywords("documented", "ascertained");
    private static final Keywords PERSON = new Keywords("person");

    /** Incidence wording anywhere in the sentence. */
    private static final Pattern INCIDENCE = Pattern.compile("(?i)\\bperson[- ]years?\\b|\\bper\\s+1(?:,?000){1,2}\\b");
    /** An existential lead right before the count. */
    private static final Pattern THERE_WERE = Pattern.compile("(?i)\\bthere\\s+(?:were|was)\\s+(?:a\\s+total\\s+of\\s+|"
            + "in\\s+total\\s+)?$");
    /** A documenting verb in the count's clause. */
    private static final Pattern DOCUMENTED = Pattern.compile("(?i)^[^;:.]{0,60}?\\b(?:were|was)\\s+(?:\\p{L}+ly\\s+)?"
            + "(?:documented|ascertained)\\b");

    /**
     * True when a count of {@code noun} is an event count: {@code before} ends right before the count, {@code after}
     * starts after the noun, {@code sentence} is the whole segment.
     */
    static boolean events(String noun, String before, String after, String sentence) {
        if (!noun.equalsIgnoreCase("cases")) return false;
        // each regex runs only where its words occur (folded, or "000" for "per 1,000")
        return after.regionMatches(true, 0, " of ", 0, 4) && THERE.in(before) && THERE_WERE.matcher(before).find()
                || RECORDED.in(after) && DOCUMENTED.matcher(after).find()
                || (PERSON.in(sentence) || sentence.contains("000")) && INCIDENCE.matcher(sentence).find();
    }
}
