package org.oncoev.extractors.survival;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.TokenStarts;

/**
 * Narrows the search for a spelled endpoint ({@link EndpointLexicon}) to the stretches of a sentence that can
 * hold one. Every spelled form is made of ASCII letters, hyphens and spaces only, and contains one of the
 * keywords {@code surviv}, {@code control}, {@code time}, {@code duration} or {@code free} (ASCII case
 * ignored); so a match lies inside a maximal run of such characters around a keyword, and the regex need
 * only run there, at the run's token starts ({@link TokenStarts}). Results equal a plain {@code find()} loop.
 */
final class SpelledRuns {
    private static final Keywords KEYWORDS = new Keywords("surviv", "control", "time", "duration", "free");

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
            TokenStarts tokens = TokenStarts.of(s);
            for (int t = tokens.firstAtOrAfter(runStart); t < tokens.size() && tokens.get(t) < runEnd; t++) {
                m.region(tokens.get(t), runEnd);
                if (m.lookingAt()) return m.start();
            }
            pos = runEnd;
        }
        return -1;
    }

    private static boolean inRun(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\u2010' || c == '\u2011' || c == ' ';
    }
}
