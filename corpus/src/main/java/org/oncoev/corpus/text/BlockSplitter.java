package org.oncoev.corpus.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits source text into {@link Block}s at blank lines. Label lines (markdown headings, PubMed
 * Central style {@code ABSTRACT.METHODS:} labels) become blocks of their own; a block longer than
 * {@link #MAX_BLOCK} characters is cut at a line break (or, for a single huge line, at a space).
 * A running line inside a prose block (a short line of words repeated at least {@value #RUNNING_REPEATS} times
 * in the text, each repeat a page apart ({@link RunningLines#MIN_GAP} characters), reporting no result; or a lone
 * page number; between two long prose lines) becomes a block of its own and the
 * rest of the paragraph a {@link Block#joined() joined} block. Linear in the input.
 */
final class BlockSplitter {
    static final int MAX_BLOCK = 50_000;
    static final int RUNNING_REPEATS = 3;
    private static final int RUNNING_MAX = 120;
    private static final int PROSE_LINE = 40;

    private BlockSplitter() {}

    static List<Block> split(String src) {
        List<Block> blocks = new ArrayList<>();
        int n = src.length();
        Map<String, Integer> repeats = lineCounts(src);
        int blockStart = -1, blockEnd = -1, lines = 0, tableLines = 0;
        int prevLineLength = 0;
        boolean joinNext = false;
        int ls = 0;
        while (ls <= n) {
            int le = src.indexOf('\n', ls);
            if (le < 0) le = n;
            int contentEnd = le > ls && src.charAt(le - 1) == '\r' ? le - 1 : le;
            boolean blank = isBlank(src, ls, contentEnd);
            int lineLength = contentEnd - ls;
            if (!blank && blockStart >= 0 && prevLineLength >= PROSE_LINE && tableLines == 0
                    && isRunningLine(src, ls, contentEnd, repeats) && nextLineIsProse(src, le + 1)) {
                blocks.add(new Block(blockStart, blockEnd, lines, false, false, joinNext));
                blocks.add(new Block(firstNonBlank(src, ls, contentEnd), trimEnd(src, ls, contentEnd), 1, false, false));
                blockStart = -1; lines = 0; tableLines = 0;
                joinNext = true;
                prevLineLength = 0;
                ls = le + 1;
                continue;
            }
            prevLineLength = blank ? 0 : lineLength;
            if (blank) {
                if (blockStart >= 0) blocks.add(block(blockStart, blockEnd, lines, tableLines, joinNext));
                if (blockStart >= 0) joinNext = false;
                blockStart = -1; lines = 0; tableLines = 0;
            } else if (isLabel(src, ls, contentEnd) || blockStart < 0 && isHeadingLine(src, ls, contentEnd, le + 1)) {
                if (blockStart >= 0) blocks.add(block(blockStart, blockEnd, lines, tableLines, joinNext));
                joinNext = false;
                blocks.add(new Block(firstNonBlank(src, ls, contentEnd), contentEnd, 1, false, true));
                blockStart = -1; lines = 0; tableLines = 0;
            } else {
                if (blockStart >= 0 && contentEnd - blockStart > MAX_BLOCK) {
                    blocks.add(block(blockStart, blockEnd, lines, tableLines, joinNext));
                    joinNext = false;
                    blockStart = -1; lines = 0; tableLines = 0;
                }
                if (blockStart < 0) blockStart = firstNonBlank(src, ls, contentEnd);
                while (contentEnd - blockStart > MAX_BLOCK) {
                    int cut = src.lastIndexOf(' ', blockStart + MAX_BLOCK);
                    if (cut <= blockStart) cut = blockStart + MAX_BLOCK;
                    blocks.add(new Block(blockStart, cut, lines + 1, false, false));
                    blockStart = cut; lines = 0; tableLines = 0;
                }
                blockEnd = contentEnd;
                lines++;
                if (isTableLine(src, ls, contentEnd)) tableLines++;
            }
            ls = le + 1;
        }
        if (blockStart >= 0) blocks.add(block(blockStart, blockEnd, lines, tableLines, joinNext));
        return blocks;
    }

    private static Block block(int start, int end, int lines, int tableLines, boolean joined) {
        boolean table = tableLines >= 2 && tableLines * 2 >= lines;
        return new Block(start, end, lines, table, false, joined && !table);
    }

    /**
     * How often each short stripped line occurs (only lines of 3 to {@value #RUNNING_MAX} characters), counting an
     * occurrence only when it lies at least {@link RunningLines#MIN_GAP} characters after the last one counted, as a
     * running line recurs page by page while a table's row labels recur within the table.
     */
    private static Map<String, Integer> lineCounts(String src) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> lastCounted = new HashMap<>();
        int ls = 0, n = src.length();
        while (ls <= n) {
            int le = src.indexOf('\n', ls);
            if (le < 0) le = n;
            String line = src.substring(ls, Math.min(le, ls + RUNNING_MAX + 40)).strip();
            if (line.length() >= 3 && line.length() <= RUNNING_MAX && le - ls <= RUNNING_MAX + 40
                    && ls - lastCounted.getOrDefault(line, -RunningLines.MIN_GAP) >= RunningLines.MIN_GAP) {
                counts.merge(line, 1, Integer::sum);
                lastCounted.put(line, ls);
            }
            ls = le + 1;
        }
        return counts;
    }

    /** A repeated short line of words, no result (running header or footer), or a lone page number. */
    private static boolean isRunningLine(String src, int from, int to, Map<String, Integer> repeats) {
        if (to - from > RUNNING_MAX + 40) return false;
        String line = src.substring(from, to).strip();
        if (line.matches("(?:[Pp]age\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]")) return true;
        return repeats.getOrDefault(line, 0) >= RUNNING_REPEATS && RunningLines.mostlyWords(line)
                && line.indexOf('\t') < 0 && !BlockPatterns.looksLikeResults(line);
    }

    /** The line starting at {@code from} exists and is a long prose line (no tab, no pipe table). */
    private static boolean nextLineIsProse(String src, int from) {
        if (from >= src.length()) return false;
        int le = src.indexOf('\n', from);
        if (le < 0) le = src.length();
        return le - from >= PROSE_LINE && !isTableLine(src, from, le) && !isBlank(src, from, le);
    }

    private static int trimEnd(String s, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(s.charAt(e - 1))) e--;
        return e;
    }

    static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') return false;
        }
        return true;
    }

    private static int firstNonBlank(String s, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) i++;
        return i;
    }

    /** A row of a tab-separated or markdown pipe table. */
    private static boolean isTableLine(String s, int from, int to) {
        int pipes = 0;
        boolean tab = false, visible = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\t') tab = true;
            else if (c == '|') pipes++;
            else if (!Character.isWhitespace(c)) visible = true;
        }
        return (tab && visible) || pipes >= 2;
    }

    /** {@code # Heading} or an upper-case dotted label ending in a colon, e.g. {@code BODY.STATISTICAL ANALYSIS:}. */
    /**
     * A well-known section heading alone on the first line of a block, with text on the next line
     * ({@code METHODS} then the paragraph without a blank line between): the heading becomes a block of its own.
     */
    private static boolean isHeadingLine(String s, int from, int to, int next) {
        int i = firstNonBlank(s, from, to);
        int end = trimEnd(s, from, to);
        if (end - i < 4 || end - i > 40 || next >= s.length() || !Character.isUpperCase(s.charAt(i))) return false;
        int nextEnd = s.indexOf('\n', next);
        if (isBlank(s, next, nextEnd < 0 ? s.length() : nextEnd)) return false;
        String words = s.substring(i, end);
        return !words.endsWith(".") && !words.endsWith(":") && Headings.kindOf(words) != null;
    }

    private static boolean isLabel(String s, int from, int to) {
        int i = firstNonBlank(s, from, to);
        int end = to;
        while (end > i && Character.isWhitespace(s.charAt(end - 1))) end--;
        if (end - i < 2 || end - i > 200) return false;
        if (s.charAt(i) == '#') {
            int k = i;
            while (k < end && s.charAt(k) == '#') k++;
            return k - i <= 6 && k < end && s.charAt(k) == ' ';
        }
        if (s.charAt(end - 1) != ':') return false;
        String head = s.substring(i, end - 1);
        if (!(head.startsWith("TITLE") || head.startsWith("ABSTRACT") || head.startsWith("BODY")
                || head.startsWith("BACK") || head.startsWith("FRONT"))) return false;
        for (int k = 0; k < head.length(); k++) {
            char c = head.charAt(k);
            if (Character.isLowerCase(c)) return false;
        }
        return head.length() == 4 || head.length() == 5 || head.length() == 8 || head.indexOf('.') > 0;
    }
}
