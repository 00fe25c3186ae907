package org.oncoev.corpus.pdfeval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Sets paragraphs as a typesetter does: words wrapped to a width, lines justified by spreading the
 * spare width over the word gaps (the last line flush left), long words broken at the line end with a
 * hyphen when the line would otherwise be loose, {@code ^x} written as a raised smaller superscript.
 * Characters the font lacks become {@code ?}. Not thread-safe (caches glyph checks per font).
 */
final class LineSetter {
    /** One typeset line: its words and whether it is justified. */
    record SetLine(List<String> words, boolean justify) {}

    private final Map<PDFont, Map<Integer, Boolean>> hasGlyph = new HashMap<>();

    /** The text with characters {@code font} cannot show replaced and whitespace collapsed. */
    String clean(PDFont font, String s) {
        Map<Integer, Boolean> known = hasGlyph.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == 0xa0) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                return;
            }
            boolean ok = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            if (ok) sb.appendCodePoint(cp);
            else sb.append('?');
        });
        return sb.toString().strip();
    }

    /** Width of a word as drawn (superscripts smaller). */
    static float width(PDFont font, float size, String word) throws IOException {
        float w = 0;
        for (String[] seg : segments(word)) w += PageFlow.width(font, seg[1] != null ? size * 0.7f : size, seg[0]);
        return w;
    }

    /** Wraps {@code text} into lines of at most {@code width}; hyphenates long words when a line would be loose. */
    List<SetLine> wrap(PDFont font, float size, String text, float width, float firstIndent) throws IOException {
        return wrap(font, size, text, width, firstIndent, true);
    }

    /** As {@link #wrap(PDFont, float, String, float, float)}, breaking words only when {@code hyphenate}. */
    List<SetLine> wrap(PDFont font, float size, String text, float width, float firstIndent, boolean hyphenate)
            throws IOException {
        List<SetLine> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        float curW = 0, space = PageFlow.width(font, size, " ");
        List<String> words = new ArrayList<>(List.of(clean(font, text).split(" ")));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.isEmpty()) continue;
            float avail = width - (out.isEmpty() ? firstIndent : 0);
            float ww = width(font, size, w);
            float need = cur.isEmpty() ? ww : curW + space + ww;
            if (need <= avail || cur.isEmpty() && ww > avail) {
                cur.add(w);
                curW = need;
                continue;
            }
            float spare = avail - curW - space;
            String[] parts = hyphenate && spare > 4 * size ? hyphenate(font, size, w, spare) : null;
            if (parts != null) {
                cur.add(parts[0]);
                words.add(i + 1, parts[1]);
            } else {
                i--;
            }
            out.add(new SetLine(cur, true));
            cur = new ArrayList<>();
            curW = 0;
        }
        if (!cur.isEmpty()) out.add(new SetLine(cur, false));
        return out;
    }

    /** Splits a long word so that its first part and a hyphen fit {@code spare}: at a hyphen, else between syllables. */
    private static String[] hyphenate(PDFont font, float size, String w, float spare) throws IOException {
        int dash = w.lastIndexOf('-', w.length() - 3);
        if (dash >= 3 && Character.isLetter(w.charAt(dash - 1)) && Character.isLetter(w.charAt(dash + 1))
                && width(font, size, w.substring(0, dash + 1)) <= spare)
            return new String[] {w.substring(0, dash + 1), w.substring(dash + 1)};
        int letters = 0;
        while (letters < w.length() && Character.isLowerCase(w.charAt(letters))) letters++;
        if (letters < 8) return null; // lower-case words of 8+ letters only
        for (int k = letters - 3; k >= 3; k--) {
            boolean vcv = vowel(w.charAt(k - 1)) && !vowel(w.charAt(k)) && vowel(w.charAt(k + 1)); // po-si-tive
            boolean vccv = vowel(w.charAt(k - 2)) && !vowel(w.charAt(k - 1)) && !vowel(w.charAt(k))
                    && vowel(w.charAt(k + 1)); // ran-domised
            if (!vcv && !vccv) continue;
            if (width(font, size, w.substring(0, k) + "-") <= spare) return new String[] {w.substring(0, k) + "-", w.substring(k)};
        }
        return null;
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Draws a set line at (x, yTop baseline), justified to {@code width} when asked. */
    static void draw(PageFlow flow, PDFont font, float size, SetLine line, float x, float baseline, float width)
            throws IOException {
        float natural = 0;
        for (String w : line.words()) natural += width(font, size, w);
        int gaps = line.words().size() - 1;
        float space = PageFlow.width(font, size, " ");
        if (line.justify() && gaps > 0) space = Math.max(space, (width - natural) / gaps);
        float cx = x;
        for (String w : line.words()) {
            word(flow, font, size, w, cx, baseline);
            cx += width(font, size, w) + space;
        }
    }

    /** Draws one word, superscript segments raised. */
    static void word(PageFlow flow, PDFont font, float size, String w, float x, float baseline) throws IOException {
        float cx = x;
        for (String[] seg : segments(w)) {
            boolean sup = seg[1] != null;
            float s = sup ? size * 0.7f : size;
            flow.text(font, s, cx, baseline - (sup ? size * 0.38f : 0), seg[0]);
            cx += PageFlow.width(font, s, seg[0]);
        }
    }

    /** A word cut at {@code ^} marks: {text, null} plain, {text, "sup"} superscript. */
    static List<String[]> segments(String w) {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        while (i < w.length()) {
            int caret = w.indexOf('^', i);
            if (caret < 0 || caret + 1 >= w.length()) {
                out.add(new String[] {w.substring(i).replace("^", ""), null});
                break;
            }
            if (caret > i) out.add(new String[] {w.substring(i, caret), null});
            int e = caret + 1;
            if (w.charAt(e) == '{') {
                int close = w.indexOf('}', e);
                if (close < 0) close = w.length();
                out.add(new String[] {w.substring(e + 1, close), "sup"});
                i = close + 1;
                continue;
            }
            if (w.charAt(e) == '-' || w.charAt(e) == '\u2212') e++;
            while (e < w.length() && (Character.isLetterOrDigit(w.charAt(e)) || w.charAt(e) == '.'
                    && e + 1 < w.length() && Character.isDigit(w.charAt(e + 1)))) e++;
            out.add(new String[] {w.substring(caret + 1, e), "sup"});
            i = e;
        }
        out.removeIf(s -> s[0].isEmpty());
        return out;
    }
}
