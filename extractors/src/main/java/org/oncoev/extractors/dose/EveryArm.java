package org.oncoev.extractors.dose;

import java.util.regex.Pattern;
import org.oncoev.extractors.arms.StudyArms;
import org.oncoev.extractors.text.Keywords;

/**
 * Tells whether a sentence gives its treatment to every arm of the study: {@code all patients received},
 * {@code patients in both arms}, {@code in each group}, {@code regardless of the arm}, while naming no arm of the
 * study ({@code before each dose of the study drug, all patients received} names the arm that gets it when the
 * study drug is an arm's). Reads at most {@value #MAX} characters. Stateless and thread-safe.
 */
final class EveryArm {
    private EveryArm() {}

    static final int MAX = 2000;

    /** Every cue holds one of these words (case-folded): the regex runs only when one is there. */
    private static final Keywords TRIGGERS = new Keywords("all", "both", "each", "every", "regardless", "irrespective");
    private static final Pattern CUE = Pattern.compile("\\b(?:(?:all|both|each|every)\\s{1,2}(?:of\\s{1,2})?(?:the\\s{1,2})?"
            + "(?:(?:treatment|study|randomi[sz]ed|two|three)\\s{1,2})?(?:patients|arms?|groups?|cohorts?)"
            + "|(?:regardless|irrespective)\\s{1,2}of\\s{1,2}(?:the\\s{1,2})?(?:treatment\\s{1,2})?(?:arms?|groups?|allocation))\\b",
            Pattern.CASE_INSENSITIVE);

    /** True when {@code sentence} has a cue and {@code arms} finds no arm named in it. */
    static boolean says(String sentence, StudyArms arms) {
        return cue(sentence) && arms.mentions(sentence.length() > MAX ? sentence.substring(0, MAX) : sentence).isEmpty();
    }

    /** True when {@code sentence} has a cue ({@code all patients}, {@code both groups}), naming arms or not. */
    static boolean cue(String sentence) {
        String s = sentence.length() > MAX ? sentence.substring(0, MAX) : sentence;
        return TRIGGERS.in(s) && CUE.matcher(s).find();
    }
}
