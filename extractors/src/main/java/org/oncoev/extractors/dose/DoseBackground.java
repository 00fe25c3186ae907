package org.oncoev.extractors.dose;

import java.util.regex.Pattern;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Tells whether a sentence gives a dose as background rather than as a treatment of the paper's own arms: a
 * recommended or maximum tolerated dose, a dose-limiting toxicity, a dose-finding (phase I or dose-escalation)
 * study, a phase II or III trial named with an indefinite article ({@code in one phase III trial}), a consensus or guideline dose, doses of other studies ({@code these three trials used}, {@code previous studies}). Such a dose is one fact, not one per arm (Rulings). A sentence with an
 * own-study cue ({@code we}, {@code our}, {@code this phase III trial}) is never background. Reads at most
 * {@value #MAX} characters. Stateless and thread-safe.
 */
final class DoseBackground {
    private DoseBackground() {}

    static final int MAX = 2000;

    static final Pattern CUE = Pattern.compile("\\b(?:recommended (?:phase (?:II|2) )?doses?|maximum(?:ly)? tolerated doses?"
            + "|MTD|dose[- ]limiting|dose[- ](?:escalation|finding)|phase (?:I|1)(?![I\\d])|consensus|guidelines?"
            + "|(?:these|those|such|previous|prior|earlier) (?:[\\w-]{1,20} ){0,2}(?:studies|trials|reports|series)"
            + "|(?:in|one|an?|another) (?:[\\w-]{1,20} ){0,2}phase (?:I{1,3}|[123])(?:/I{1,3})? (?:[\\w-]{1,20} ){0,2}(?:trials?|stud(?:y|ies)))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN = Pattern.compile(
            "\\b(?:we|our|(?:this|the present|the current) (?:[\\w-]{1,20} ){0,3}(?:study|trial))\\b", Pattern.CASE_INSENSITIVE);

    /** Words of which every {@link #CUE} match holds one (case-folded as the regex folds): tried before it. */
    private static final Keywords CUE_WORDS = new Keywords("recommended", "maximum", "mtd", "dose", "phase", "consensus",
            "guideline", "studies", "trials", "reports", "series");

    /** True when {@code sentence} states a dose as background (see the class comment). */
    static boolean describes(String sentence) {
        String s = sentence.length() > MAX ? sentence.substring(0, MAX) : sentence;
        return CUE_WORDS.in(s) && cue(s) && !OWN.matcher(s).find();
    }

    /** {@link #CUE} anywhere in {@code s}, tried only at token starts where one of its first words stands. */
    static boolean cue(String s) {
        return StartScan.atTokenStarts(CUE, s, CUE_STARTS, DoseBackground::cueMayStart).find(0);
    }

    /** The words a {@link #CUE} match starts with (its literal spaces match a space only). */
    private static final Keywords CUE_FIRST = new Keywords("recommended", "maximum", "mtd", "dose", "phase", "consensus",
            "guideline", "these", "those", "such", "previous", "prior", "earlier", "in ", "one ", "a ", "an ", "another ");
    static final StartChars CUE_STARTS = StartChars.of("", false, "rmdpcgtseioa");

    /** Where {@link #CUE} may start: one of its first words at a word start. */
    static boolean cueMayStart(String s, int i) {
        return StartScan.wordMayStart(s, i) && CUE_FIRST.at(s, i);
    }
}
