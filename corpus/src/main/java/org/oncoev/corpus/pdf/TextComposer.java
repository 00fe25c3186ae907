package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Composes laid-out lines into the document's source text: paragraphs separated by blank lines
 * (from vertical gaps, indentation, short last lines), lines of a paragraph joined by a space,
 * end-of-line hyphens rejoined when the joined word is a word, headings and figure/table captions
 * as their own paragraphs, table rows on their own lines with tab-separated cells. Paragraphs that
 * run on across a column or page break are continued.
 */
final class TextComposer {
    /** Composed text and the offset at which each page's text starts. */
    record Composed(String text, int[] pageStarts) {}

    private enum Kind { BODY, HEADING, TABLE, CAPTION }

    private static final Pattern CAPTION = Pattern.compile(
            "^(?:Fig(?:ure)?s?\\.?|FIGURE|Table|TABLE|Supplementary\\s+(?:Fig(?:ure)?|Table)\\.?)\\s*S?\\d+[A-Za-z]?"
                    + "(?:\\s*[.:|\u2014\u2013-]|\\s*$|\\s+[A-Z(])");
    /** A line that is one link or DOI: a figure's or the article's link, set below the text it interrupts. */
    private static final Pattern LINK_LINE = Pattern.compile("(?i)^(?:https?://|doi:\\s?|doi\\s)\\S{4,300}$");
    /** A line ending in an article, conjunction or preposition: its sentence goes on on the next line. */
    private static final Pattern FUNCTION_WORD_END = Pattern.compile(
            "(?:^|\\s)(?:and|or|but|nor|the|a|an|of|to|in|on|at|by|for|from|with|into|than|that|as)\\s*$");

    private final float bodySize;
    /** The font most body-size text is set in ({@link Line#font}), or -1, and its most common exact size. */
    private final int bodyFont;
    private final float bodyFontSize;
    private final HyphenWords vocabulary;
    /** Per column (by its bounds): the left edge most body lines start at and the rightmost body line end. */
    private final Map<Long, float[]> blocks = new HashMap<>();
    private final StringBuilder sb = new StringBuilder();
    private Kind kind;
    private Line prev;
    private int paraLines;
    /** Where the last line's text starts in {@link #sb}. */
    private int lastStart;
    /** The last body line and where its paragraph ends; whether only floats (captions, tables) follow it. */
    private Line bodyLine;
    private int bodyEnd;
    private boolean floatsOnly;
    /** The current paragraph is small print right after a float (a table note, a figure's link line). */
    private boolean floatNote;
    /** The current paragraph is a link line ({@link #LINK_LINE}): nothing joins it. */
    private boolean linkLine;
    /** Floats taken out from between the two halves of a sentence, put back when the paragraph ends. */
    private StringBuilder deferred;

    private TextComposer(BodyType body, HyphenWords vocabulary) {
        this.bodySize = body.size();
        this.vocabulary = vocabulary;
        this.bodyFont = body.font();
        this.bodyFontSize = body.fontSize();
    }

    /** Composes the pages (lines in reading order, running lines already removed). */
    static Composed compose(List<List<Line>> pages) {
        TextComposer c = new TextComposer(BodyType.of(pages), HyphenWords.of(pages));
        c.collectBlocks(pages);
        int[] starts = new int[pages.size()];
        for (int p = 0; p < pages.size(); p++) {
            starts[p] = -1;
            boolean newPage = true;
            List<Line> lines = new ArrayList<>(pages.get(p));
            Map<Line, List<Line>> figures = FigureText.find(lines, c.bodySize, c.bodyFont);
            for (List<Line> f : figures.values()) lines.removeAll(f);
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.text.isBlank()) continue;
                List<Line> figure = figures.get(l);
                if (figure != null) {
                    c.figure(figure);
                    if (starts[p] < 0) starts[p] = c.lastStart;
                }
                c.add(l, i + 1 < lines.size() ? lines.get(i + 1) : null, newPage);
                if (starts[p] < 0) starts[p] = c.lastStart;
                newPage = false;
            }
            if (starts[p] < 0) starts[p] = c.sb.length();
        }
        c.flushDeferred();
        return new Composed(c.sb.toString(), starts);
    }

    /**
     * The text block of each column: body text may sit inside a wider column (a page whose margin holds
     * a sidebar), so a full line is measured against where body lines start and end, not the column.
     */
    private void collectBlocks(List<List<Line>> pages) {
        Map<Long, Map<Integer, Integer>> lefts = new HashMap<>();
        Map<Long, Float> rights = new HashMap<>();
        for (List<Line> page : pages)
            for (Line l : page) {
                if (l.cells != 1 || l.size < 0.95f * bodySize || l.size > 1.1f * bodySize) continue;
                long key = columnKey(l);
                lefts.computeIfAbsent(key, k -> new HashMap<>()).merge(Math.round(l.x0), 1, Integer::sum);
                rights.merge(key, l.x1, Math::max);
            }
        lefts.forEach((key, hist) -> {
            int left = hist.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            blocks.put(key, new float[] {left, rights.get(key)});
        });
    }

    private static long columnKey(Line l) {
        return ((long) Math.round(l.colLeft) << 32) | (Math.round(l.colRight) & 0xffffffffL);
    }

    private Kind classify(Line l, Line next) {
        String t = l.text.strip();
        if (l.maths && l.cells == 1) return Kind.BODY;
        if (l.cells >= 2) return Kind.TABLE;
        if (CAPTION.matcher(t).find()) return Kind.CAPTION;
        if (t.length() <= 200 && (l.size >= 1.15f * bodySize || l.bold && l.size >= 0.9f * bodySize
                && t.length() <= 120 && !t.endsWith(",") || otherFont(l, t, next)) && hasLetter(t)) return Kind.HEADING;
        return Kind.BODY;
    }

    /**
     * A short line set a little larger than the body in another font, ending in no punctuation, after a finished
     * sentence and with space above it, the line below not going on in lower case (a sans-serif heading beside
     * serif body text whose font names no weight): a heading, as a bold one is; so is a short line of at most four
     * words in a font other than the next line's, at body size or at the size of the small-print paragraph below
     * it (then in a font other than the line above's too: the last line of an affiliation is no heading).
     * An italic name at the start of a line inside a paragraph is not one.
     */
    private boolean otherFont(Line l, String t, Line next) {
        // at body size only a short line whose font differs from the next line's too (References | 1. Author A...)
        // or at the size of a small-print paragraph below it (back matter set smaller: Author details | 1Department...)
        boolean larger = l.size >= 1.03f * bodyFontSize, bodySized = t.length() <= 40 && t.split(" ").length <= 4
                && next != null && next.font >= 0 && next.font != l.font && (l.size >= 0.97f * bodyFontSize
                        || next.text.length() >= 40 && l.size >= 0.97f * next.size && l.size <= 1.1f * next.size
                        && (prev == null || prev.font != l.font));
        if (bodyFont < 0 || l.font < 0 || l.font == bodyFont || !larger && !bodySized || t.length() > 120
                || t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || ".,;:-".indexOf(t.charAt(t.length() - 1)) >= 0
                || t.matches("(?s).*\\b(?:and|or|of|the|in|with|to|for)$")) return false;
        if (next != null && next.column == l.column && next.y > l.y && !next.text.isEmpty()
                && Character.isLowerCase(next.text.charAt(0))) return false;
        if (prev == null || l.y < prev.y || l.column != prev.column || kind == Kind.HEADING) return true;
        float gap = l.y - prev.yEnd, em = Math.max(l.size, prev.size);
        return endsSentence(prev.text) && gap >= 1.5f * em || gap >= 2.2f * em;
    }

    /** The next line is a table row set right below {@code l} in its column: {@code l} is a bold table header. */
    private static boolean tableRowBelow(Line l, Line next) {
        return next != null && next.cells >= 2 && next.column == l.column && next.y > l.y
                && next.y - l.y <= 1.8f * Math.max(l.size, next.size);
    }

    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isLetter(t.charAt(i))) return true;
        return false;
    }

    private void add(Line l, Line next, boolean newPage) {
        Kind k = classify(l, next);
        if (k == Kind.HEADING && tableRowBelow(l, next)) k = Kind.TABLE; // a bold header or group row
        if (k == Kind.CAPTION && referenceGoesOn(l, newPage)) k = Kind.BODY; // ... are shown in | Table 2.
        // small print right after a full body line that ends mid-sentence: a side note or page-foot stamp between
        // the sentence's halves (a PLOS margin note at the next page's top), which a continuation joins across
        boolean sideNote = k == Kind.BODY && kind == Kind.BODY && !floatNote && prev == bodyLine && bodyLine != null
                && bodyEnd == sb.length() && !endsSentence(bodyLine.text) && l.size < 0.95f * bodySize;
        boolean link = k == Kind.BODY && LINK_LINE.matcher(l.text.strip()).matches();
        boolean moved = newPage || prev == null || l.y < prev.y; // next column or page
        float em = Math.max(l.size, prev == null ? l.size : prev.size);
        float gap = prev == null ? 0 : l.y - prev.yEnd;
        boolean join;
        if (prev == null) join = false;
        else if (k == Kind.TABLE) join = kind == Kind.TABLE && !moved && gap < 2.6f * em;
        else if (k == Kind.CAPTION) join = false;
        else if (k == Kind.HEADING)
            join = kind == Kind.HEADING && !moved && gap < 2f * em && Math.abs(l.size - prev.size) < 0.5f
                    && l.bold == prev.bold;
        else if (kind == Kind.BODY && !moved && (display(l) || display(prev)) && gap <= 3.5f * em)
            join = display(l) ? display(prev) || !endsSentence(prev.text) || prev.text.stripTrailing().endsWith(":")
                    : startsContinuation(l.text); // a display equation inside its sentence
        else if (kind == Kind.HEADING || kind == Kind.TABLE) join = false;
        else if (link || linkLine) join = false;
        else if (moved)
            join = !endsSentence(prev.text)
                    && (startsContinuation(l.text) || functionWordEnd(prev.text) && bodySized(l));
        else join = (gap <= 1.6f * em || gap <= 2.2f * em && brokenWord(prev.text, l.text)) && !firstLineIndent(l, next) && !hangingOutdent(l)
                    && !(shortLine(prev) && endsSentence(prev.text));
        if (continuesAcrossFloat(l, k)) {
            deferred = new StringBuilder(sb.substring(bodyEnd));
            sb.setLength(bodyEnd);
            appendJoined(l.text);
            kind = Kind.BODY;
            floatNote = false;
            linkLine = false;
        } else if (join && k == Kind.TABLE) {
            sb.append('\n').append(l.text);
        } else if (join) {
            appendJoined(l.text);
        } else {
            flushDeferred();
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(l.text);
            floatNote = k == Kind.BODY && (link || sideNote || (kind == Kind.CAPTION || kind == Kind.TABLE || floatNote)
                    && l.size < 0.95f * bodySize);
            linkLine = link;
            kind = k;
            paraLines = 0;
        }
        lastStart = sb.length() - l.text.length();
        if (kind == Kind.BODY && !floatNote) {
            bodyLine = paraLines >= 1 && fullBodyLine(l) ? l : null; // a paragraph of 2+ lines ending full width
            bodyEnd = sb.length();
            floatsOnly = true;
        } else if (kind == Kind.HEADING) {
            floatsOnly = false;
        }
        paraLines++;
        prev = l;
    }

    /**
     * Emits a figure's text ({@link FigureText}) as one block of lines, a cell to a line, right before its caption, a
     * float as a caption is: a sentence it cuts goes on after it.
     */
    private void figure(List<Line> lines) {
        if (sb.length() > 0) sb.append("\n\n");
        lastStart = sb.length();
        String sep = "";
        for (Line l : lines) // a label grid's cells (a drawn structure) one to a line: no table; panel letters too
            for (String cell : l.text.split(FigureText.panelLabels(l.text) ? "\\s+" : "\t"))
                if (!cell.isBlank()) {
                    sb.append(sep).append(cell.strip());
                    sep = "\n";
                }
        kind = Kind.CAPTION;
        floatNote = false;
        linkLine = false;
        paraLines = 0;
    }

    /**
     * A body line that finishes a sentence cut by a float: only captions, tables, their small-print notes
     * and link lines came since a body paragraph that ended mid-sentence, and this full body-size line starts as
     * a continuation (in lower case, or in any case after a comma, a semicolon or a function word). Its text joins that
     * paragraph and the floats move after it ({@link #deferred}).
     */
    private boolean continuesAcrossFloat(Line l, Kind k) {
        return k == Kind.BODY && (kind == Kind.CAPTION || kind == Kind.TABLE || floatNote) && floatsOnly && bodyLine != null
                && deferred == null && bodyEnd < sb.length() && !endsSentence(bodyLine.text)
                && (startsContinuation(l.text) || openEnd(bodyLine.text)) && Character.isLetter(l.text.charAt(0))
                && fullBodyLine(l) && vocabulary.wordAcrossBreak(bodyLine.text, l.text);
    }

    /** A line ending in a comma, semicolon or function word: its sentence goes on, in whatever case the next line starts. */
    private static boolean openEnd(String t) {
        String s = t.stripTrailing();
        return !s.isEmpty() && ",;".indexOf(s.charAt(s.length() - 1)) >= 0 || functionWordEnd(s);
    }

    /** A line ending in an article, conjunction or preposition ({@code ... measured in the}). */
    private static boolean functionWordEnd(String t) {
        int from = Math.max(0, t.length() - 8);
        return FUNCTION_WORD_END.matcher(t).region(from, t.length()).find();
    }

    /**
     * A caption-like line ({@code Table 1.}) set at the body's leading right under a body line that ends in a function
     * word: the sentence's reference to a float going on, not the float's caption.
     */
    private boolean referenceGoesOn(Line l, boolean newPage) {
        return kind == Kind.BODY && prev != null && !newPage && l.column == prev.column && l.y > prev.y
                && l.y - prev.yEnd <= 1.6f * Math.max(l.size, prev.size) && functionWordEnd(prev.text);
    }

    /** A display equation's line: a formula line ({@link Line#maths}) set apart, not a full text line. */
    private boolean display(Line l) {
        return l.maths && (!fullBodyLine(l) || l.text.endsWith(")") && l.text.matches("(?s).*\\(\\d{1,3}[a-z]?\\)$"));
    }

    /** A line at the body's size (not a small-print note set where the body goes on). */
    private boolean bodySized(Line l) {
        return l.size >= 0.95f * bodySize && l.size <= 1.1f * bodySize;
    }

    /** A line of body size that fills most of its column's text block. */
    private boolean fullBodyLine(Line l) {
        float[] block = blocks.get(columnKey(l));
        float left = block == null ? l.colLeft : Math.max(l.colLeft, block[0]);
        float right = block == null ? l.colRight : Math.min(l.colRight, block[1]);
        return l.cells == 1 && l.size >= 0.95f * bodySize && l.size <= 1.1f * bodySize
                && l.x1 - l.x0 >= 0.8f * Math.max(right - left, 0.5f * (l.colRight - l.colLeft));
    }

    private void flushDeferred() {
        if (deferred == null) return;
        sb.append(deferred);
        deferred = null;
    }

    private static boolean indented(Line l) {
        float off = l.x0 - l.colLeft;
        return off > 0.8f * l.size && off < 8 * l.size;
    }

    /** An indented line after a flush one, followed by a flush line: a new paragraph's first line. */
    private boolean firstLineIndent(Line l, Line next) {
        return indented(l) && !indented(prev) && (endsSentence(prev.text) || shortLine(prev))
                && !l.text.isEmpty() && !Character.isLowerCase(l.text.charAt(0)) && !Character.isDigit(l.text.charAt(0))
                && (next == null || next.column != l.column || next.y < l.y || !indented(next));
    }

    /**
     * A flush line after two or more indented lines: the next item of a hanging-indent list (references).
     * A line that starts in lower case goes on (a paragraph continuing below a drop cap).
     */
    private boolean hangingOutdent(Line l) {
        return !indented(l) && indented(prev) && paraLines >= 2 && l.x0 - l.colLeft < 0.3f * l.size
                && !(!l.text.isEmpty() && Character.isLowerCase(l.text.charAt(0)));
    }

    private static boolean shortLine(Line l) {
        return l.x1 < l.colRight - 4 * l.size;
    }

    private static boolean endsSentence(String t) {
        String s = t.stripTrailing();
        if (s.endsWith("}") && s.lastIndexOf("^{") > 0) s = s.substring(0, s.lastIndexOf("^{")).stripTrailing();
        return !s.isEmpty() && ".!?:".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A line ending in a letter and hyphen followed by one starting in lower case: a word broken at the line end. */
    private static boolean brokenWord(String before, String after) {
        int n = before.length();
        return n >= 2 && before.charAt(n - 1) == '-' && Character.isLetter(before.charAt(n - 2))
                && !after.isEmpty() && Character.isLowerCase(after.charAt(0));
    }

    private static boolean startsContinuation(String t) {
        if (t.isEmpty()) return false;
        char c = t.charAt(0);
        return Character.isLowerCase(c) || Character.isDigit(c) || c == '(' || c == ',' || c == ';';
    }

    /** Appends a continuation line, rejoining a word broken at the line end. */
    private void appendJoined(String next) {
        int n = sb.length();
        char last = sb.charAt(n - 1);
        if (last == '\u00ad') {
            sb.setLength(n - 1);
            sb.append(next);
            return;
        }
        if (last != '-' && last != '\u2010' && last != '\u2013') {
            sb.append(' ').append(next);
            return;
        }
        if (last == '\u2013' || n < 2 || !Character.isLetter(sb.charAt(n - 2)) || next.isEmpty()
                || !Character.isLetter(next.charAt(0))) {
            sb.append(next); // real hyphen or range: 5-FU, 11.0-17.5
            return;
        }
        int s = n - 1;
        while (s > 0 && Character.isLetterOrDigit(sb.charAt(s - 1))) s--;
        int e = 0;
        while (e < next.length() && Character.isLetter(next.charAt(e))) e++;
        boolean chain = s > 1 && sb.charAt(s - 1) == '-' && Character.isLetter(sb.charAt(s - 2)); // end-to-|end
        // FOL-FOX, BRAF-activating stay
        boolean drop = vocabulary.dropsHyphen(sb.substring(s, n - 1), next.substring(0, e), chain);
        if (drop) sb.setLength(n - 1);
        sb.append(next);
    }

}
