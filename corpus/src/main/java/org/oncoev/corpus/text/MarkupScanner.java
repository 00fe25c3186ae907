package org.oncoev.corpus.text;

import java.util.Locale;
import java.util.Set;

/**
 * The markup half of {@link TextNormalizer}: LaTeX math, markdown emphasis, HTML tags, carets and
 * superscripts. Each method returns the index after what it consumed, or -1 when the text at
 * {@code i} is not markup (the caller then keeps the character). Look-ahead is bounded by the caller.
 */
final class MarkupScanner {
    private static final Set<String> INLINE_TAGS = Set.of("i", "b", "u", "em", "strong", "sup", "sub", "span",
            "small", "font", "italic", "bold", "sc", "tt", "mark", "a", "abbr", "cite", "code", "ins", "del");
    private static final Set<String> BLOCK_TAGS = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "hr");

    private final CharSequence src;
    private final OffsetBuilder out;
    private final TextNormalizer normalizer;

    MarkupScanner(CharSequence src, OffsetBuilder out, TextNormalizer normalizer) {
        this.src = src;
        this.out = out;
        this.normalizer = normalizer;
    }

    /** {@code $...$} or {@code $$...$$}: content normalised as math, delimiters dropped. */
    int math(int i, int to, int depth, int max) {
        int open = i + 1 < to && src.charAt(i + 1) == '$' ? 2 : 1;
        int limit = Math.min(to, i + open + max);
        int close = -1;
        boolean special = false, space = false;
        for (int j = i + open; j < limit; j++) {
            char c = src.charAt(j);
            if (c == '\\') { special = true; j++; continue; }
            if (c == '\n' && j + 1 < limit && src.charAt(j + 1) == '\n') return -1;
            if (c == '$') {
                if (open == 2 && (j + 1 >= to || src.charAt(j + 1) != '$')) continue;
                close = j;
                break;
            }
            if (c == '^' || c == '_' || c == '=' || c == '{' || c == '}' || c == '<' || c == '>') special = true;
            if (Character.isWhitespace(c)) space = true;
        }
        if (close <= i + open) return -1;
        if (open == 1 && !special && (space || close - i - 1 > 12)) return -1;
        wrap(i, i + open, close, close + open, true, depth);
        return close + open;
    }

    /** {@code *x*}, {@code **x**}, {@code ***x***} on one line: stars dropped, content kept. */
    int emphasis(int i, int to, int depth, int max) {
        int k = 0;
        while (i + k < to && src.charAt(i + k) == '*' && k < 3) k++;
        if (i + k >= to || Character.isWhitespace(src.charAt(i + k)) || src.charAt(i + k) == '*') return -1;
        if (i > 0 && Character.isLetterOrDigit(src.charAt(i - 1))) return -1;
        int limit = Math.min(to, i + k + max);
        for (int j = i + k; j < limit; ) {
            char c = src.charAt(j);
            if (c == '\n') return -1;
            if (c != '*') { j++; continue; }
            int m = 0;
            while (j + m < to && src.charAt(j + m) == '*') m++;
            boolean closes = m == k && !Character.isWhitespace(src.charAt(j - 1))
                    && (j + m >= to || !Character.isLetterOrDigit(src.charAt(j + m)));
            if (closes) {
                wrap(i, i + k, j, j + k, false, depth);
                return j + k;
            }
            j += m;
        }
        return -1;
    }

    /** HTML inline tags (dropped), block tags (whitespace), {@code <sup>} (superscript rules), autolinks. */
    int tag(int i, int to, boolean math, int depth, int max) {
        int j = i + 1;
        if (j < to && startsWithIgnoreCase(j, to, "http") || startsWithIgnoreCase(j, to, "www.")
                || startsWithIgnoreCase(j, to, "doi:")) return autolink(i, to, math, depth);
        boolean closing = j < to && src.charAt(j) == '/';
        if (closing) j++;
        int nameStart = j;
        while (j < to && j - nameStart < 10 && Character.isLetter(src.charAt(j))) j++;
        if (j == nameStart) return -1;
        String name = src.subSequence(nameStart, j).toString().toLowerCase(Locale.ROOT);
        boolean inline = INLINE_TAGS.contains(name), block = BLOCK_TAGS.contains(name);
        if (!inline && !block) return -1;
        int limit = Math.min(to, j + max);
        int end = -1;
        if (j < to && (src.charAt(j) == '>' || src.charAt(j) == ' ' || src.charAt(j) == '/')) {
            for (int k = j; k < limit; k++) {
                char c = src.charAt(k);
                if (c == '>') { end = k + 1; break; }
                if (c == '<' || c == '\n') break;
            }
        }
        if (end < 0) return -1;
        if (block) { out.whitespace(i, end, true); return end; }
        if (closing) { out.dropAfter(i, end); return end; }
        if (name.equals("sup")) {
            int close = indexOfIgnoreCase("</sup>", end, Math.min(to, end + 100));
            if (close >= 0) {
                superscriptGroup(i, end, close, close + 6, math, depth);
                return close + 6;
            }
        }
        out.dropBefore(i);
        return end;
    }

    private int autolink(int i, int to, boolean math, int depth) {
        int limit = Math.min(to, i + 1000);
        for (int k = i + 1; k < limit; k++) {
            char c = src.charAt(k);
            if (c == '>') {
                wrap(i, i + 1, k, k + 1, math, depth);
                return k + 1;
            }
            if (Character.isWhitespace(c) || c == '<') return -1;
        }
        return -1;
    }

    /** {@code ^x}, {@code ^{...}}, {@code ^[...]}: exponent, power or citation (see {@link Superscripts}). */
    int caret(int i, int to, boolean math, int depth, int max) {
        int j = i + 1;
        if (j >= to) return -1;
        char c = src.charAt(j);
        if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            int limit = Math.min(to, j + 1 + max);
            for (int k = j + 1; k < limit; k++) {
                char d = src.charAt(k);
                if (d == close) {
                    if (c == '[') { out.dropAfter(i, k + 1); return k + 1; }
                    superscriptGroup(i, j + 1, k, k + 1, math, depth);
                    return k + 1;
                }
                if (d == '\n' || d == '{' || d == '[') return -1;
            }
            return -1;
        }
        int k = j;
        if (c == '-' || c == '+' || c == '\u2212') k++;
        int digits = k;
        while (k < to && k - digits < 6 && Character.isDigit(src.charAt(k))) k++;
        if (k == digits) {
            if (k < to && (Character.isLetter(src.charAt(k)) || src.charAt(k) == '*')) k++;
            else return -1;
        }
        superscriptGroup(i, j, k, k, math, depth);
        return k;
    }

    /** A superscript whose content is {@code src[cs, ce)}, opened by {@code [i, cs)} and closed by {@code [ce, end)}. */
    private void superscriptGroup(int i, int cs, int ce, int end, boolean math, int depth) {
        String content = plainContent(cs, ce);
        switch (Superscripts.role(out, content, math, end < src.length() ? src.charAt(end) : 0)) {
            case CITATION -> out.dropAfter(i, end);
            case POWER, PRESCRIPT -> wrap(i, cs, ce, end, math, depth);
            case EXPONENT -> {
                out.emit('^', i, cs);
                normalizer.run(cs, ce, math, depth + 1);
                if (end > ce) out.dropAfter(ce, end);
            }
        }
    }

    /** A run of Unicode superscript characters (with commas and dashes between them). */
    int superscriptRun(int i, int to, boolean math) {
        StringBuilder content = new StringBuilder();
        int j = i;
        while (j < to && j - i < 40) {
            char c = src.charAt(j);
            char p = Superscripts.plain(c);
            if (p != 0) { content.append(p); j++; continue; }
            boolean sep = c == ',' || c == '\u2013' || c == '-';
            if (sep && j > i && j + 1 < to && Superscripts.plain(src.charAt(j + 1)) != 0) { content.append(c == ',' ? ',' : '-'); j++; continue; }
            break;
        }
        switch (Superscripts.role(out, content.toString(), math, j < src.length() ? src.charAt(j) : 0)) {
            case CITATION -> out.dropAfter(i, j);
            case EXPONENT -> {
                out.emit('^', i, i + 1);
                emitPlain(i, j);
            }
            case POWER, PRESCRIPT -> emitPlain(i, j);
        }
        return j;
    }

    private void emitPlain(int from, int to) {
        for (int k = from; k < to; k++) {
            char p = Superscripts.plain(src.charAt(k));
            out.emit(p != 0 ? p : src.charAt(k), k, k + 1);
        }
    }

    /** Backslash: LaTeX commands in math; escaped markdown characters outside. */
    int backslash(int i, int to, boolean math, int depth, int max) {
        if (i + 1 >= to) return -1;
        char c = src.charAt(i + 1);
        if (!math) {
            if ("*_$%#&[]<>{}|^~`\\".indexOf(c) >= 0) { out.emit(c, i, i + 2); return i + 2; }
            return -1;
        }
        int j = i + 1;
        while (j < to && j - i <= 20 && Character.isLetter(src.charAt(j))) j++;
        if (j == i + 1) j = i + 2;
        String name = src.subSequence(i + 1, j).toString();
        if (name.equals("frac")) return fraction(i, j, to, depth, max);
        String symbol = LatexCommands.SYMBOLS.get(name);
        if (symbol != null) {
            if (symbol.isEmpty()) out.dropAfter(i, j);
            else if (symbol.equals(" ")) out.whitespace(i, j, false);
            else for (int k = 0; k < symbol.length(); k++) out.emit(symbol.charAt(k), i, j);
            return j;
        }
        if (LatexCommands.WRAPPERS.contains(name)) { out.dropBefore(i); return j; }
        if (name.equals("sqrt")) { out.emit('\u221A', i, j); return j; }
        for (int k = i + 1; k < j; k++) out.emit(src.charAt(k), k, k + 1);
        return j;
    }

    /** {@code \frac{a}{b}} becomes {@code a/b}. */
    private int fraction(int i, int j, int to, int depth, int max) {
        int a = group(j, to, max);
        int b = a < 0 ? -1 : group(a, to, max);
        if (b < 0) { out.dropBefore(i); return j; }
        out.dropBefore(i);
        normalizer.run(j + 1, a - 1, true, depth + 1);
        out.emit('/', a - 1, a + 1);
        normalizer.run(a + 1, b - 1, true, depth + 1);
        out.dropAfter(b - 1, b);
        return b;
    }

    /** End (after the closing brace) of a brace group without nested braces starting at {@code j}, or -1. */
    private int group(int j, int to, int max) {
        if (j >= to || src.charAt(j) != '{') return -1;
        for (int k = j + 1; k < Math.min(to, j + max); k++) {
            char c = src.charAt(k);
            if (c == '}') return k + 1;
            if (c == '{' || c == '\n') return -1;
        }
        return -1;
    }

    /** Drops opening {@code [i, cs)} and closing {@code [ce, end)}, normalising the content between. */
    private void wrap(int i, int cs, int ce, int end, boolean math, int depth) {
        int before = out.length(), pending = out.pending();
        out.dropBefore(i);
        normalizer.run(cs, ce, math, depth + 1);
        if (out.length() == before) {
            out.setPending(pending);
            out.dropAfter(i, end);
        } else if (end > ce) {
            out.dropAfter(ce, end);
        }
    }

    /** Content of a superscript as ASCII for classification: superscripts mapped, markup and spaces removed. */
    private String plainContent(int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = src.charAt(k);
            char p = Superscripts.plain(c);
            if (p != 0) b.append(p);
            else if (c == '\u2212' || c == '\u2010') b.append('-');
            else if (c == '\\' || c == '{' || c == '}' || Character.isWhitespace(c)) continue;
            else b.append(c);
        }
        String s = b.toString();
        if (s.startsWith("ast") || s.equals("dagger") || s.equals("ddagger")) return "*";
        return s;
    }

    private boolean startsWithIgnoreCase(int j, int to, String p) {
        if (j + p.length() > to) return false;
        for (int k = 0; k < p.length(); k++)
            if (Character.toLowerCase(src.charAt(j + k)) != p.charAt(k)) return false;
        return true;
    }

    private int indexOfIgnoreCase(String p, int from, int limit) {
        for (int k = from; k + p.length() <= limit; k++) if (startsWithIgnoreCase(k, limit, p)) return k;
        return -1;
    }
}
