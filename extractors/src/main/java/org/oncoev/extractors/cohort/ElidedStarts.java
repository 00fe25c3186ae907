package org.oncoev.extractors.cohort;

import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Where {@code CohortExtractor}'s elided-count regexes ({@code ELIDED}, {@code ELIDED_COHORT}: {@code among whom 35
 * were treated with X}, {@code ; 98 were eligible}) may start: at a word start, one of their leading words; or a
 * {@code , ; : (} whose next word (after spaces) may begin the count, {@code the other}/{@code remaining} or
 * {@code and}. Stateless.
 */
final class ElidedStarts {
    private ElidedStarts() {}

    /** Their first characters (the regexes' leading lookaheads). */
    static final StartChars FIRST = StartChars.of(",;:(", false, "aow");
    /** The words a match starts with (the punctuation forms aside). */
    private static final Keywords LEADS = new Keywords("among whom", "among them", "of whom", "of these", "of them",
            "and", "while", "whereas");
    /** Words that may follow a punctuation mark: a number word's start (as the regexes' COUNT_AHEAD), the, and. */
    private static final Keywords AFTER_MARK = new Keywords("one", "two", "twe", "thr", "thi", "ten", "fou", "fiv", "fif",
            "fort", "six", "sev", "eig", "ele", "nin", "the", "and");

    /** The words that may follow an elided count in digits: nouns, {@code were}/{@code was}, the verbs and leads of both regexes. */
    private static final Keywords AFTER_COUNT = new Keywords("patients", "subjects", "participants", "cases", "were", "was",
            "treated", "received", "receiving", "underwent", "given", "with", "randomly", "assigned", "allocated", "randomi",
            "to", "in");

    static boolean mayStart(String s, int i) {
        char c = s.charAt(i);
        if (c == ',' || c == ';' || c == ':' || c == '(') {
            int j = i + 1;
            while (j < s.length() && Folded.isRegexSpace(s.charAt(j))) j++;
            return countMayStart(s, j);
        }
        if ("aowAOW".indexOf(c) < 0 || !StartScan.wordMayStart(s, i) || !LEADS.at(s, i)) return false;
        // the one-word leads are followed by \s*,?\s+ then what may follow a mark
        int word = Folded.startsWith(s, i, "and") ? 3 : Folded.startsWith(s, i, "while") ? 5
                : Folded.startsWith(s, i, "whereas") ? 7 : -1;
        if (word < 0) return true;
        int j = i + word;
        while (j < s.length() && Folded.isRegexSpace(s.charAt(j))) j++;
        if (j < s.length() && s.charAt(j) == ',') j++;
        while (j < s.length() && Folded.isRegexSpace(s.charAt(j))) j++;
        return countMayStart(s, j);
    }

    /** A digit, or a word that may begin the count, {@code the other}/{@code remaining} or {@code and}, at {@code j}. */
    private static boolean countMayStart(String s, int j) {
        if (j >= s.length()) return false;
        if (s.charAt(j) >= '0' && s.charAt(j) <= '9') return CountStarts.digitsThen(s, j, AFTER_COUNT, false);
        if (!AFTER_MARK.at(s, j)) return false;
        if (!Folded.startsWith(s, j, "the")) return true;
        // "the" only as "the\s+(?:other|remaining)\s+" (no number word starts with "the")
        int k = j + 3;
        if (k < s.length() && Folded.isRegexSpace(s.charAt(k))) {
            while (k < s.length() && Folded.isRegexSpace(s.charAt(k))) k++;
            if (Folded.startsWith(s, k, "other") || Folded.startsWith(s, k, "remaining")) return true;
        }
        return false;
    }
}
