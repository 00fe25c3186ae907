package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Folded;

/**
 * A total broken down by group in the bracket that follows it, in the forms papers use: {@code 125 patients
 * (63 A and 62 B patients)}, {@code 65 patients evaluable (A: 33, B: 32)}, {@code 412 patients (A, n = 205;
 * B, n = 207)}. Kept only when every part parses, there are two or more, and they add up to the total; parts
 * named by sex or by levels of a variable are strata, not arms. Pure and thread-safe; callers bound the segment.
 */
final class BracketSplits {
    private BracketSplits() {}

    /** One part: the count's offsets in the segment and its group label. */
    record Part(int size, int start, int end, String label) {}

    private static final int MAX_INSIDE = 160;
    private static final Pattern TOTAL_BEFORE = Pattern.compile("(?<![\\d.,])(" + CountWords.DIGITS + ")(?![\\d.,]\\d)"
            + "(?:\\s+[\\p{L}\\-]+){0,6}?\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:;|,(?:\\s*and)?|\\band\\b)\\s*");
    private static final String LABEL = "([\\p{L}][\\p{L}\\p{N}+/\\-]*(?:\\s+[\\p{L}\\p{N}+/\\-]+){0,3}?)";
    private static final String NOUN = "(?:\\s+(?:patients|subjects|participants|cases|pts))?";
    private static final Pattern COUNT_LABEL = Pattern.compile("(\\d{1,6})\\s*:?\\s+" + LABEL + NOUN);
    private static final Pattern LABEL_COUNT = Pattern.compile(LABEL + "\\s*(?::|,?\\s*[nN]\\s*=)\\s*(\\d{1,6})");
    private static final Pattern PATIENTS = Pattern.compile("(?i)\\b(?:patients|subjects|participants|cases|pts|women|men|"
            + "evaluable|randomi[sz]ed|enrolled|eligible)\\b");
    /** A part whose label starts with a preposition belongs to {@link ArmSplits}. */
    private static final Pattern PREPOSITION = Pattern.compile("(?i)(?:in|on|for|to|into|with|were|was)\\b.*");
    private static final Pattern STRATUM = Pattern.compile("(?i)(?:.*\\b(?:women|men|male|females?|males?|boys|girls)\\b.*)");

    /**
     * Where a match of {@link #TOTAL_BEFORE} in {@code s[from, open)} can start at the earliest, or -1 when there is
     * none: its count ends with a digit followed by nothing but {@code \s}, letters and hyphens up to the bracket, so
     * walking back from the bracket over those must reach a digit in the window; that digit ends the count, which
     * starts within the run of digits and separators ({@code , \u2009 \u202f} and space) that ends there.
     */
    private static int countRunStart(String s, int from, int open) {
        int i = open - 1;
        while (i >= from) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') break;
            if (!Folded.isRegexSpace(c) && c != '-' && !Character.isLetter(c) && !Character.isSurrogate(c)) return -1;
            i--;
        }
        if (i < from) return -1;
        while (i > from && isCountChar(s.charAt(i - 1))) i--;
        return i;
    }

    /** A character of {@link CountWords#DIGITS}: an ASCII digit or a thousands separator. */
    private static boolean isCountChar(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '\u2009' || c == '\u202f' || c == ' ';
    }

    /** The breakdowns in {@code s}. */
    static List<Part> of(String s) {
        List<Part> out = new ArrayList<>();
        for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
            int close = s.indexOf(')', open);
            int window = Math.max(0, open - 60);
            int runStart = close < 0 || close - open > MAX_INSIDE ? -1 : countRunStart(s, window, open);
            if (runStart < 0) continue;
            // no match starts before the count's run: find() from there finds the first one (lookbehind sees past it)
            Matcher t = TOTAL_BEFORE.matcher(s.substring(window, open)).useTransparentBounds(true);
            if (!t.region(runStart - window, open - window).find()) continue;
            // two or more parts that add up to the total (read first: the cheaper test, and pure like the others)
            int total = CountWords.parse(t.group(1));
            List<Part> parts = parts(s, open + 1, close);
            if (parts == null || parts.size() < 2) continue;
            int sum = 0;
            for (Part p : parts) sum += p.size();
            if (sum != total) continue;
            // the total counts patients, its sentence is no list of events or exclusions, and nothing after marks a subset
            if (!PATIENTS.matcher(t.group()).find() && !PATIENTS.matcher(s.substring(open, close)).find()) continue;
            if (ArmSplits.negativeClause(s.substring(0, open))) continue;
            String after = s.substring(close + 1, Math.min(s.length(), close + 120));
            if (CohortCues.QUALIFIED.matcher(after).lookingAt() || CohortCues.firstVerb(after) < 0) continue;
            out.addAll(parts);
        }
        return out;
    }

    /** The parts of the bracket content {@code s[from, to)}, or null when one does not parse. */
    private static List<Part> parts(String s, int from, int to) {
        List<Part> parts = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(s).region(from, to);
        int at = from;
        while (at < to) {
            int end = sep.find() ? sep.start() : to;
            Part p = part(s, at, end);
            if (p == null) return null;
            parts.add(p);
            at = end == to ? to : sep.end();
        }
        return parts;
    }

    private static Part part(String s, int from, int to) {
        String text = s.substring(from, to);
        int lead = text.length() - text.stripLeading().length();
        String piece = text.strip();
        Matcher a = COUNT_LABEL.matcher(piece);
        if (a.matches()) return label(Integer.parseInt(a.group(1)), from + lead + a.start(1), from + lead + a.end(), a.group(2));
        Matcher b = LABEL_COUNT.matcher(piece);
        if (b.matches()) return label(Integer.parseInt(b.group(2)), from + lead + b.start(2), from + lead + b.end(), b.group(1));
        return null;
    }

    private static Part label(int size, int start, int end, String label) {
        if (STRATUM.matcher(label).matches() || PREPOSITION.matcher(label).matches() || ArmSplits.LEVEL_LABEL.matcher(label).matches()) return null;
        return new Part(size, start, end, label.strip());
    }
}
