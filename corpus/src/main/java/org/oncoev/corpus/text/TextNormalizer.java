package org.oncoev.corpus.text;

import java.text.Normalizer;

/**
 * Normalises a range of source text for analysis in one linear pass, keeping an exact offset map.
 *
 * <p>Decisions that extractors rely on:
 * <ul>
 * <li>Unicode NFKC per character cluster (ligatures, full-width forms, math letters become plain).</li>
 * <li>LaTeX math {@code $...$} loses its delimiters; relations and operators become Unicode symbols:
 *     {@code \geq}/{@code \ge} to {@code ≥}, {@code \leq} to {@code ≤}, {@code \neq} to {@code ≠},
 *     {@code \times} to {@code ×}, {@code \pm} to {@code ±}, {@code \text{mL}} to {@code mL}, so
 *     {@code $\geq 3000/\text{mL}$} reads {@code ≥ 3000/mL} and {@code $P < .001$} reads {@code P < .001}.</li>
 * <li>Exponents of ten are written with a caret: {@code 10⁻⁴⁸}, {@code 10^{-48}} and {@code $10^9$} read
 *     {@code 10^-48} and {@code 10^9} (so {@code 5.81 × 10⁻⁴⁸} reads {@code 5.81 × 10^-48}).</li>
 * <li>Powers of short units and symbols become plain digits: {@code mg/m²} reads {@code mg/m2},
 *     {@code χ²} and {@code χ^2} read {@code χ2}.</li>
 * <li>Citation marks are dropped: superscript digits glued to words or punctuation ({@code worldwide.¹},
 *     {@code rates.⁵⁻⁷}), {@code ^[1]}, {@code ^{1,2}}, {@code ^{11–13}}, {@code $^{1}$}, {@code <sup>3</sup>}.</li>
 * <li>Markdown emphasis ({@code *P*}, {@code **bold**}) and HTML inline tags ({@code <i>}, {@code <sup>},
 *     {@code <span ...>}) are removed, their content kept; {@code <https://...>} keeps the address.</li>
 * <li>Dashes: U+2212 minus, U+2010/U+2011 hyphens and full-width hyphen-minus become {@code -}; the en dash
 *     {@code –} (U+2013, also U+2012) is KEPT as {@code –} so ranges ({@code 25–71}) stay distinct from
 *     negative numbers; em dashes become {@code —}. Curly quotes become straight quotes. A middle dot
 *     between digits ({@code 0·74}) becomes a decimal point.</li>
 * <li>Whitespace runs (including non-breaking and thin spaces) collapse to one space; prose keeps no
 *     line breaks, and a line-end hyphen before a lower-case word joins without a space
 *     ({@code non-\ncoding} reads {@code non-coding}). In table mode tabs and line breaks are kept.</li>
 * </ul>
 * Dropped opening markup maps to the next character, dropped closing markup and marks to the previous
 * one, so the source slice of any normalised range includes the markup around it. Each call bounds its
 * look-ahead (math 400, emphasis 300, groups 60 characters), so time is linear in the input.
 */
public final class TextNormalizer {
    private static final int MAX_MATH = 400;
    private static final int MAX_EMPHASIS = 300;
    private static final int MAX_TAG = 200;
    private static final int MAX_GROUP = 60;
    private static final int MAX_DEPTH = 4;

    private final CharSequence src;
    private final boolean table;
    private final OffsetBuilder out;
    private final MarkupScanner markup;

    private TextNormalizer(CharSequence src, int from, int to, boolean table) {
        this.src = src;
        this.table = table;
        this.out = new OffsetBuilder(to - from);
        this.markup = new MarkupScanner(src, out, this);
    }

    /** Normalises the whole text as prose. */
    public static NormalizedText normalize(CharSequence src) {
        return normalize(src, 0, src.length(), false);
    }

    /**
     * Normalises {@code src[from, to)}; offsets in the result index {@code src}. With {@code table}
     * true, tabs and line breaks are kept (one per row) and markdown pipes become tabs.
     */
    public static NormalizedText normalize(CharSequence src, int from, int to, boolean table) {
        if (from < 0 || to > src.length() || from > to) throw new IndexOutOfBoundsException(from + ".." + to);
        TextNormalizer n = new TextNormalizer(src, from, to, table);
        n.run(from, to, false, 0);
        return n.out.build().strip();
    }

    /** Normalises {@code [from, to)} into the shared output. */
    void run(int from, int to, boolean math, int depth) {
        int i = from;
        while (i < to) {
            int next = step(i, to, math, depth);
            i = next > i ? next : i + 1;
        }
    }

    private int step(int i, int to, boolean math, int depth) {
        char c = src.charAt(i);
        if (c >= 0x80) return nonAscii(i, to, math, depth);
        int r = -1;
        switch (c) {
            case ' ': case '\r': case 0x0B: out.whitespace(i, i + 1, false); return i + 1;
            case '\f': case '\n': return newline(i, to);
            case '\t':
                if (table) out.emitStructural('\t', i, i + 1); else out.whitespace(i, i + 1, false);
                return i + 1;
            case '|':
                if (table) return pipe(i, to);
                break;
            case '$':
                if (!math && depth < MAX_DEPTH) r = markup.math(i, to, depth, MAX_MATH);
                break;
            case '*':
                if (!math && depth < MAX_DEPTH) r = markup.emphasis(i, to, depth, MAX_EMPHASIS);
                break;
            case '<':
                if (depth < MAX_DEPTH) r = markup.tag(i, to, math, depth, MAX_TAG);
                break;
            case '^':
                if (depth < MAX_DEPTH) r = markup.caret(i, to, math, depth, MAX_GROUP);
                break;
            case '\\':
                r = markup.backslash(i, to, math, depth, MAX_GROUP);
                break;
            case '{':
                if (math) { out.dropBefore(i); return i + 1; }
                break;
            case '}': case '_':
                if (math) { out.dropAfter(i, i + 1); return i + 1; }
                break;
            default:
                if (c < 0x20) { out.dropAfter(i, i + 1); return i + 1; }
        }
        if (r > i) return r;
        if (i + 1 < to && isCombining(src.charAt(i + 1))) return cluster(i, to);
        out.emit(c, i, i + 1);
        return i + 1;
    }

    private int newline(int i, int to) {
        if (table) {
            out.emitStructural('\n', i, i + 1);
            return skipPipeSeparator(i + 1, to);
        }
        int n = out.length();
        if (n >= 2 && out.last() == '-' && !out.hasPendingWhitespace() && Character.isLetter(out.charAt(n - 2))) {
            int j = i + 1;
            while (j < to && j - i < 200 && isHorizontalSpace(src.charAt(j))) j++;
            if (j < to && Character.isLowerCase(src.charAt(j))) { out.dropAfter(i, j); return j; }
        }
        out.whitespace(i, i + 1, true);
        return i + 1;
    }

    private int pipe(int i, int to) {
        char l = out.last();
        int j = i + 1;
        while (j < to && isHorizontalSpace(src.charAt(j))) j++;
        boolean lineEnd = j >= to || src.charAt(j) == '\n' || src.charAt(j) == '\r';
        if (out.length() == 0 || l == '\n' || lineEnd) { out.dropAfter(i, i + 1); return i + 1; }
        out.emitStructural('\t', i, i + 1);
        return i + 1;
    }

    /** Skips a markdown table separator line such as {@code |---|:--:|} (kept unmapped inside the table). */
    private int skipPipeSeparator(int i, int to) {
        int j = i, dashes = 0;
        while (j < to && j - i < 2000) {
            char c = src.charAt(j);
            if (c == '\n') break;
            if (c == '-') dashes++;
            else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '\r') return i;
            j++;
        }
        return dashes >= 3 ? j : i;
    }

    private int nonAscii(int i, int to, boolean math, int depth) {
        char c = src.charAt(i);
        if (Superscripts.plain(c) != 0) return markup.superscriptRun(i, to, math);
        if (c == '\u2028' || c == '\u2029' || c == '\u0085') return newline(i, to);
        if (Character.isSpaceChar(c) || Character.isWhitespace(c)) { out.whitespace(i, i + 1, false); return i + 1; }
        if (isInvisible(c)) { out.dropAfter(i, i + 1); return i + 1; }
        char mapped = mapPunctuation(c);
        if (mapped != 0) { out.emit(mapped, i, i + 1); return i + 1; }
        if (c == '\u00B7' && i > 0 && i + 1 < to && Character.isDigit(src.charAt(i - 1))
                && Character.isDigit(src.charAt(i + 1)) && Character.isDigit(out.last())) {
            out.emit('.', i, i + 1);
            return i + 1;
        }
        return cluster(i, to);
    }

    /** NFKC of one base character and its combining marks; every output character maps to the whole cluster. */
    private int cluster(int i, int to) {
        int j = i + Character.charCount(Character.codePointAt(src, i));
        while (j < to && j - i < 32 && isCombining(src.charAt(j))) j++;
        if (j > to) j = to;
        String seg = src.subSequence(i, j).toString();
        String n = Normalizer.isNormalized(seg, Normalizer.Form.NFKC) ? seg : Normalizer.normalize(seg, Normalizer.Form.NFKC);
        for (int k = 0; k < n.length(); k++) {
            char ch = n.charAt(k);
            char mapped = ch >= 0x80 ? mapPunctuation(ch) : 0;
            if (mapped != 0) ch = mapped;
            if (ch == ' ' || Character.isSpaceChar(ch)) out.whitespace(i, j, false);
            else if (ch < 0x20 || isInvisible(ch)) out.dropAfter(i, j);
            else out.emit(ch, i, j);
        }
        if (n.isEmpty()) out.dropAfter(i, j);
        return j;
    }

    /** Dashes, minus signs and quotes mapped to one form each; 0 when {@code c} is not one of them. */
    static char mapPunctuation(char c) {
        switch (c) {
            case '\u2212': case '\u2010': case '\u2011': case '\uFE63': case '\uFF0D': case '\u2043': return '-';
            case '\u2012': case '\u2013': case '\uFE58': return '\u2013';
            case '\u2014': case '\u2015': case '\uFE31': case '\uFE32': return '\u2014';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': return '"';
            default: return 0;
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD' || c == '\u180E' || c == '\uFFFE' || (c >= '\u200E' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u0080' && c < '\u00A0');
    }

    private static boolean isCombining(char c) {
        if (c < 0x300) return false;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0';
    }
}
