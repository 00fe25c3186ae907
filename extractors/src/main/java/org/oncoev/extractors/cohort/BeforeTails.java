package org.oncoev.extractors.cohort;

import org.oncoev.extractors.text.Folded;

/**
 * Cheap necessary conditions for the {@code $}-anchored regexes {@link CohortCues} runs on the text before a count:
 * each such regex ends with a word (from a short list) and then {@code \s+}, so its window must end with one of
 * those words, folded ({@link Folded}), and spaces. A window that fails is not searched. Stateless.
 */
final class BeforeTails {
    private BeforeTails() {}

    /** Last words of {@link CohortCues#FRACTION_BEFORE}: {@code (of|out of)\s+(the\s+)?$}. */
    static final String[] FRACTION = {"of", "the"};
    /** Last words of {@link CohortCues#STUDY_OF_ABOUT}. */
    static final String[] STUDY_OF_ABOUT = {"than", "over", "nearly", "almost", "about", "approximately"};
    /** Last words of {@link CohortCues#AVAILABLE_BEFORE}: {@code available\s+(for|from|in)\s+(the\s+|all\s+)?$}. */
    static final String[] AVAILABLE = {"for", "from", "in", "the", "all"};
    /**
     * Last words of {@link CohortCues#BEFORE_NEGATIVE} but for its dash form ({@code [-\u2013~/]\s*$}) and its hedge
     * form ({@code (will|would|shall)\s+} and up to five words), which {@link #mayEndNegative} reads apart.
     */
    private static final String[] NEGATIVE = {"of", "the", "to", "and", "or", "age", "aged", "over", "under", "than",
            "least", "most", "only", "additional", "another", "every", "per", "each", "excluded", "excluding", "except"};
    private static final String[] HEDGES = {"will", "would", "shall"};

    /** True when {@code before} ends with one of {@code words} (folded), after a word break, then one or more {@code \s}. */
    static boolean endsWithWord(String before, String[] words) {
        int end = dollarEnd(before);
        if (end == 0 || !Folded.isRegexSpace(before.charAt(end - 1))) return false;
        while (end > 0 && Folded.isRegexSpace(before.charAt(end - 1))) end--;
        for (String w : words) {
            if (end >= w.length() && Folded.startsWith(before, end - w.length(), w)) return true;
        }
        return false;
    }

    /**
     * Where the text before {@code $} may end: {@code $} also matches before a final line terminator, and of those
     * U+0085, U+2028 and U+2029 are no {@code \s} (line feed and carriage return are read as spaces).
     */
    private static int dollarEnd(String before) {
        int end = before.length();
        if (end > 0) {
            char c = before.charAt(end - 1);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') end--;
        }
        return end;
    }

    /** False only when {@link CohortCues#BEFORE_NEGATIVE} cannot match at the end of {@code before}. */
    static boolean mayEndNegative(String before) {
        int end = dollarEnd(before);
        while (end > 0 && Folded.isRegexSpace(before.charAt(end - 1))) end--;
        if (end > 0) {
            char c = before.charAt(end - 1);
            if (c == '-' || c == '\u2013' || c == '~' || c == '/') return true;
        }
        if (endsWithWord(before, NEGATIVE)) return true;
        for (int i = 0; i < before.length(); i++) {
            for (String h : HEDGES) if (Folded.startsWith(before, i, h)) return true;
        }
        return false;
    }
}
