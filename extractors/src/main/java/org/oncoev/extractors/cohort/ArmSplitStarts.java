package org.oncoev.extractors.cohort;

import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartScan;

/**
 * Where a match of {@link ArmSplits#HEAD} may start. Its match is a count ({@link CountStarts#countChar}), an
 * optional bracketed percentage, words and {@code \s} characters, then a preposition or verb ({@code in}, {@code to},
 * {@code for}, {@code received}, {@code given}, {@code treated}...) right after a {@code \s}; everything before
 * that word is letters, numbers, {@code \s}, hyphens, commas, thin spaces, brackets, periods, middle dots or
 * {@code %}. So the next such word must come before the next character outside that set. Asked at increasing
 * positions by one scan; not shared.
 */
final class ArmSplitStarts implements StartScan.StartTest {
    /** Prefixes of the words that lead from a count to its arm (each regex alternative starts with one). */
    private static final String[] LEADS = {"in", "on", "into", "to", "for", "received", "receiving", "given", "treated"};
    /** First lead word (after a {@code \s}) at or after the position last asked + 1, or the text length. */
    private int lead = -1;
    /** First character outside the head's set at or after the position last asked. */
    private int stop = -1;

    @Override
    public boolean mayStart(String s, int i) {
        if (!CountStarts.countChar(s, i)) return false;
        if (lead < i + 1) {
            lead = i + 1;
            while (lead < s.length() && !(Folded.isRegexSpace(s.charAt(lead - 1)) && leadAt(s, lead))) lead++;
        }
        if (stop < i) {
            stop = i;
            while (stop < s.length() && inHead(s.charAt(stop))) stop++;
        }
        return lead < stop && CountStarts.digitsThen(s, i, AFTER_COUNT, true);
    }

    /**
     * The words that may follow a count in digits (after its spaces, or a bracketed percentage): the head's noun, verbs,
     * adverbs and lead words ({@link CountStarts#digitsThen}).
     */
    private static final Keywords AFTER_COUNT = new Keywords("patients", "subjects", "participants", "cases", "pts",
            "women", "men", "were", "was", "randomly", "subsequently", "further", "then", "initially", "assigned",
            "allocated", "randomi", "in", "on", "to", "for", "received", "receiving", "given", "treated");

    /** One of the lead words at {@code i}, followed by a {@code \s} (every alternative is). */
    private static boolean leadAt(String s, int i) {
        char c = Folded.fold(s.charAt(i));
        if (c != 'i' && c != 'o' && c != 't' && c != 'f' && c != 'r' && c != 'g') return false;
        for (String w : LEADS) {
            int after = i + w.length();
            if (after < s.length() && Folded.isRegexSpace(s.charAt(after)) && Folded.startsWith(s, i, w)) return true;
        }
        return false;
    }

    private static final boolean[] IN_HEAD_ASCII = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) IN_HEAD_ASCII[c] = inHeadSlow(c);
    }

    /** Characters a head is made of before its lead word (surrogates are let through). */
    private static boolean inHead(char c) {
        return c < 128 ? IN_HEAD_ASCII[c] : inHeadSlow(c);
    }

    private static boolean inHeadSlow(char c) {
        return Character.isLetterOrDigit(c) || Folded.isRegexSpace(c) || c == '-' || c == ',' || c == '\u2009'
                || c == '\u202f' || c == '(' || c == '[' || c == ')' || c == ']' || c == '.' || c == '\u00b7'
                || c == '%' || Character.isSurrogate(c) || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER;
    }
}
