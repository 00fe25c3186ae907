package org.oncoev.extractors.text;

import java.util.regex.Pattern;

/**
 * Sentences about a trial's design rather than its results: a power calculation ({@code to detect a hazard ratio
 * of 0.75 with 80% power}), the hypotheses behind a sample size ({@code assuming a 2-year rate of 30%}), a
 * non-inferiority margin, an unacceptable or promising rate of a phase II design. Values in them are assumptions,
 * which FORMAT.md's rulings say are not facts. The cue list is shared by every extractor that reads such values
 * (survival figures, hazard ratios). Stateless and thread-safe.
 */
public final class DesignSentences {
    static final Pattern CUE = Pattern.compile(
            "(?i)\\bto\\s+detect\\b|\\bpower\\b|\\bassum(?:ed|ing|ption)|\\bhypothes[ei][sz]|sample\\s+size|\\bnon-?inferiority\\s+margin"
            + "|\\bexpected\\s+to\\s+be\\b|\\bestimated\\s+to\\s+be\\b|considered\\s+(?:un)?acceptable|\\bunacceptable\\b|\\bruled\\s+out\\b"
            + "|\\bregarded\\s+as\\s+promising|\\bshould\\s+(?:produce|achieve)\\b");
    /** A word every {@link #CUE} match holds (folded): the regex runs only where one occurs. */
    private static final Keywords WORDS = new Keywords("detect", "power", "assum", "hypothes", "sample",
            "inferiority", "expected", "estimated", "acceptable", "unacceptable", "ruled", "regarded", "should");
    /** The words a {@link #CUE} match starts with (folded), and their first letters. */
    static final Keywords LEADS = new Keywords("to", "power", "assum", "hypothes", "sample", "non",
            "expected", "estimated", "considered", "unacceptable", "ruled", "regarded", "should");
    static final StartChars STARTS = StartChars.of("", false, "tpahsneucr");

    private DesignSentences() {}

    /** True when {@code sentence} holds a design cue; the regex is tried only at its lead words. */
    public static boolean isDesign(String sentence) {
        return WORDS.in(sentence) && new StartScan(CUE, sentence, STARTS, LEADS::at).find(0);
    }
}
