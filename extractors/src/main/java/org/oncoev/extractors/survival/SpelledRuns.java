package org.oncoev.extractors.survival;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;

/**
 * Narrows the search for a spelled endpoint ({@link EndpointLexicon}) to the stretches of a sentence that can
 * hold one. Every spelled form is made of ASCII letters, hyphens and spaces only, and contains one of the
 * keywords {@code surviv}, {@code control}, {@code time}, {@code duration} or {@code free} (ASCII case
 * ignored); so a match lies inside a maximal run of such characters around a keyword, and the regex need
 * only run there, at the run's token starts (letters after no letter or digit) where one of its first words
 * ({@link #LEADS}) or a word then {@code -free} stands. Results equal a plain {@code find()} loop.
 */
final class SpelledRuns {
    private static final Keywords KEYWORDS = new Keywords("surviv", "control", "time", "duration", "free");
    /** The words a spelled form can start with, but for the {@code xxx-free survival} forms. */
    private static final Keywords LEADS = new Keywords("local", "loco", "distant", "metastas", "time", "duration",
            "surviv", "progression", "disease", "recurrence", "relapse", "event", "failure", "cancer", "cause",
            "melanoma", "tumo", "overall");

    private final Pattern pattern;
    private final String s;
    private Matcher m;

    /** A search of {@code pattern} (the spelled-endpoint regex) over {@code s}; one per sentence and thread. */
    SpelledRuns(Pattern pattern, String s) {
        this.pattern = pattern;
        this.s = s;
    }

    /** The matcher on the last match found (made on the first keyword). */
    Matcher matcher() {
        return m;
    }

    /** Moves to the first match starting at or after {@code from} and returns its start, or -1 when there is none. */
    int next(int from) {
        int pos = from;
        while (pos < s.length()) {
            int k = KEYWORDS.indexIn(s, pos);
            if (k < 0) return -1;
            int runStart = k;
            while (runStart > pos && inRun(s.charAt(runStart - 1))) runStart--;
            int runEnd = k;
            while (runEnd < s.length() && inRun(s.charAt(runEnd))) runEnd++;
            if (m == null) m = pattern.matcher(s).useTransparentBounds(true);
            // every form starts with a letter after \b, so at a token start: try the run's token starts in turn
            // (lookingAt there is the match find() would report there)
            for (int t = runStart; t < runEnd; t++) {
                if (!tokenStart(s, t) || !mayStart(s, t, runEnd)) continue;
                m.region(t, runEnd);
                if (m.lookingAt()) return m.start();
            }
            // a keyword folded from a non-ASCII letter (U+017F for s) starts no run: move past it
            pos = Math.max(runEnd, k + 1);
        }
        return -1;
    }

    /** A letter of the run after no letter or digit (a token start of {@link org.oncoev.extractors.text.TokenStarts}). */
    private static boolean tokenStart(String s, int t) {
        char c = s.charAt(t);
        if (c == ' ' || c == '-' || c == '\u2010' || c == '\u2011') return false;
        return t == 0 || !Character.isLetterOrDigit(s.charAt(t - 1));
    }

    /** A first word of a spelled form at {@code t}, or a word then a dash or space and {@code free} before {@code runEnd}. */
    private static boolean mayStart(String s, int t, int runEnd) {
        if (LEADS.at(s, t)) return true;
        int w = t;
        while (w < runEnd && Character.isLetter(s.charAt(w))) w++;
        // inside the run, the character after the letters is a dash or a space
        return w > t && w < runEnd && Folded.startsWith(s, w + 1, "free");
    }

    private static boolean inRun(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\u2010' || c == '\u2011' || c == ' ';
    }
}
