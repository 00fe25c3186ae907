package org.oncoev.extractors.arms;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;
import org.oncoev.extractors.text.Needle;

/**
 * Where a regex matched with ASCII case folding ({@link Pattern#CASE_INSENSITIVE} without Unicode case) can start
 * when each of its matches begins with one of a few ASCII words: at the occurrences of those words, lower-cased, in
 * the text lower-cased by {@link java.util.Locale#ROOT}, found by {@link String#indexOf(String, int)} instead of
 * trying the regex at every character. Only when lower-casing kept the text's length (it then keeps every index).
 * Stateless.
 */
final class LiteralStarts {
    private LiteralStarts() {}

    /**
     * The increasing, distinct positions where {@code lower} has one of {@code leads} (ASCII, lower case, not empty), or null
     * when {@code lower} is not as long as {@code text} (the positions would not be the text's).
     */
    static int[] of(String text, String lower, String... leads) {
        if (lower.length() != text.length()) return null;
        int[] at = new int[8];
        int n = 0;
        for (String lead : leads) {
            Needle search = Needle.of(lead);
            for (int i = search.in(lower); i >= 0; i = search.in(lower, i + 1)) {
                if (n == at.length) at = Arrays.copyOf(at, n * 2);
                at[n++] = i;
            }
        }
        at = Arrays.copyOf(at, n);
        if (leads.length > 1) {
            Arrays.sort(at);
            int distinct = 0;
            for (int k = 0; k < n; k++) if (k == 0 || at[k] != at[k - 1]) at[distinct++] = at[k];
            at = Arrays.copyOf(at, distinct);
        }
        return at;
    }

    /**
     * {@code p.matcher(text).find()} for a regex whose every match starts with {@code lead} (in any ASCII case);
     * {@code lower} is {@code text} lower-cased. Falls back to the plain search when {@code lead} is empty or not ASCII.
     */
    static boolean find(Pattern p, String text, String lower, String lead) {
        if (lead.isEmpty() || !isAscii(lead)) return p.matcher(text).find();
        return scan(p, text, lower, lead.toLowerCase(Locale.ROOT)).find(0);
    }

    /**
     * A scan for {@code p} over {@code text}, for a regex whose every match starts with one of {@code leads} (ASCII,
     * lower case, not empty; in any ASCII case in the text): tried at the leads' positions, or at every position
     * when these do not map.
     */
    static StartScan scan(Pattern p, String text, String lower, String... leads) {
        int[] at = of(text, lower, leads);
        return at == null ? new StartScan(p, text, StartChars.any(), (t, i) -> true) : StartScan.atPositions(p, text, at);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }
}
