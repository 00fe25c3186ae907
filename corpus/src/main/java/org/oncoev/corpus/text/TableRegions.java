package org.oncoev.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.corpus.table.CellKinds;

/**
 * Finds flattened tables in source text, as {@code [start, end)} source ranges. Two shapes:
 * <ul>
 * <li>one cell per line: a run of short lines (at most {@value #SHORT} characters) and blank lines with at
 *     least {@value #MIN_VALUES} data lines making up at least a third of its non-blank lines, optionally
 *     opened by a {@code Table N} caption line and one header line of up to {@value #HEADER} characters
 *     without a sentence break; a long line, a section label ({@code BODY.RESULTS:}) or a figure line ends it;</li>
 * <li>inline: {@code Table N} (maybe after its DOI) after three spaces inside a line (a table run within a body line), to the next
 *     run of three spaces (the next table, figure or paragraph) or the line end; a next line that starts with a space continues it (a cell broken over lines).</li>
 * </ul>
 * Linear in the input.
 */
final class TableRegions {
    static final int SHORT = 100;
    static final int HEADER = 300;
    static final int MIN_VALUES = 4;
    /** Most lines an inline table run continues over (each next line starting with a space). */
    static final int MAX_CONTINUED = 50;
    private static final Pattern CAPTION = Pattern.compile("(?:Supplementary\\s|Supplemental\\s)?Table\\s?S?\\d{1,2}[A-Za-z]?(?:[\\s.:]|\\p{Lu}).*");
    private static final Pattern STOP = Pattern.compile("[A-Z][A-Z0-9 .,/&()-]{2,}:|(?:Figure|Fig\\.)\\s?\\d.*|#{1,6}\\s.*");
    private static final Pattern SENTENCE = Pattern.compile("\\p{Ll}{2}[.!?]\\s\\p{Lu}\\p{Ll}");
    private static final Pattern INLINE = Pattern.compile("(?<= {3})(?:10\\.\\d{3,9}/\\S{1,80}\\s)?(?:Supplementary\\s)?Table\\s?\\d{1,2}[\\s.:]");

    private TableRegions() {}

    /** Source ranges of tables printed one cell per line. */
    static List<int[]> lineRegions(String src) {
        List<int[]> out = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        int n = src.length(), ls = 0;
        while (ls <= n) {
            int le = src.indexOf('\n', ls);
            if (le < 0) le = n;
            lines.add(new int[] {ls, le});
            ls = le + 1;
        }
        int i = 0;
        while (i < lines.size()) {
            int start = i;
            String first = text(src, lines.get(i));
            boolean opened = false;
            if (CAPTION.matcher(first).matches() && first.length() <= 400) { i++; opened = true; }
            if (i < lines.size() && isHeader(text(src, lines.get(i)))) i++;
            int values = 0, nonBlank = 0, end = i;
            while (i < lines.size()) {
                String t = text(src, lines.get(i));
                if (t.isEmpty()) { i++; continue; }
                if (t.length() > SHORT || STOP.matcher(t).matches() || CAPTION.matcher(t).matches()) break;
                nonBlank++;
                if (CellKinds.isValue(t)) values++;
                i++;
                end = i;
            }
            if (values >= MIN_VALUES && values * 3 >= nonBlank) {
                int s = lines.get(start)[0];
                while (s < n && Character.isWhitespace(src.charAt(s))) s++;
                out.add(new int[] {s, lines.get(end - 1)[1]});
                i = end;
            } else if (i == start || opened && i == start + 1) {
                i = start + 1;
            } else {
                i = Math.max(start + 1, i);
            }
        }
        return out;
    }

    private static final Pattern GLUED_CAPTION = Pattern.compile("(?<=[.!?)\\]\\p{Ll}])Table\\s?\\d{1,2}(?=\\p{Lu})");
    /** Least share of digits in a line of glued table rows. */
    static final double ROW_DIGITS = 0.2;

    /**
     * Tables whose caption is glued onto the end of a prose line ({@code ...these factors.Table 2Progression-free
     * survival ... HR95 % CI}) and whose rows are the next non-blank line, glued together (at least
     * {@value #ROW_DIGITS} of its characters digits): from the caption to the end of that line.
     */
    static List<int[]> gluedCaptionRegions(String src) {
        List<int[]> out = new ArrayList<>();
        var m = GLUED_CAPTION.matcher(src);
        int from = 0;
        while (from < src.length() && m.find(from)) {
            int le = lineEnd(src, m.start());
            int next = le + 1;
            while (next < src.length() && BlockSplitter.isBlank(src, next, lineEnd(src, next)) && lineEnd(src, next) < src.length()) next = lineEnd(src, next) + 1;
            if (next >= src.length()) break;
            int ne = lineEnd(src, next);
            int digits = 0;
            for (int k = next; k < ne; k++) if (Character.isDigit(src.charAt(k))) digits++;
            int lineStart = src.lastIndexOf('\n', m.start()) + 1;
            boolean inline = m.start() - lineStart >= 3 && src.startsWith("   ", m.start() - 3);
            if (!inline && ne - next >= 40 && digits >= ROW_DIGITS * (ne - next)) {
                int e = ne;
                while (e > next && Character.isWhitespace(src.charAt(e - 1))) e--;
                out.add(new int[] {m.start(), e});
                from = ne;
            } else {
                from = m.end();
            }
        }
        return out;
    }

    /** Inline table runs: from {@code Table N} after three spaces to the end of its line. */
    static List<int[]> inlineRegions(String src) {
        List<int[]> out = new ArrayList<>();
        var m = INLINE.matcher(src);
        int from = 0;
        while (from < src.length() && m.find(from)) {
            int le = src.indexOf('\n', m.start());
            if (le < 0) le = src.length();
            for (int k = 0; k < MAX_CONTINUED && le + 2 < src.length() && src.charAt(le + 1) == ' '
                    && !BlockSplitter.isBlank(src, le + 1, lineEnd(src, le + 1)); k++) le = lineEnd(src, le + 1);
            int s = m.start();
            int gap = src.indexOf("   ", m.end());
            int e = gap >= 0 && gap < le ? gap : le;
            while (e > s && Character.isWhitespace(src.charAt(e - 1))) e--;
            out.add(new int[] {s, e});
            from = e;
        }
        return out;
    }

    private static int lineEnd(String src, int from) {
        int le = src.indexOf('\n', from);
        return le < 0 ? src.length() : le;
    }

    /** A header line: not blank, at most {@value #HEADER} characters, no sentence break, not a label. */
    private static boolean isHeader(String t) {
        return !t.isEmpty() && t.length() <= HEADER && !SENTENCE.matcher(t).find() && !STOP.matcher(t).matches();
    }

    private static String text(String src, int[] line) {
        return src.substring(line[0], line[1]).strip();
    }
}
