package org.oncoev.corpus.pdf;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * Text for glyphs that PDFBox could not map to Unicode (it hands back the raw character code, a
 * control character): the glyph name with a numeric variant suffix dropped ({@code Sigma1} is
 * {@code Sigma}), Elsevier Math Pi names for Greek ({@code H9251}..{@code H9274}) and minus, and
 * the character position in TeX's maths symbol and extension fonts (cmsy, cmex, and AdvP4C4E74, the cmsy
 * clone of the Advent typesetting system, whose glyph names {@code C0}..{@code C127} give the cmsy position:
 * {@code C0} a minus, {@code C15} a bullet). Returns null when
 * nothing is known. Also the true text of glyphs that maths symbol fonts of typesetting systems (Advent's
 * AdvP4C4E.., 3B2's TeX_CM_Maths_..) name after Latin-1 letters: their {@code onequarter} draws an equals sign
 * ({@code p ¼ 0.03}), {@code eth}/{@code Thorn} parentheses, {@code thorn} a plus and 3B2's {@code zero} a prime
 * ({@link #misnamed}), and 3B2's
 * Greek pi fonts draw Greek for ASCII letters as the Symbol font does ({@link #symbolGreek}). Stateless.
 */
final class UnmappedGlyphs {
    /** cmsy (OMS encoding) positions 0..127. */
    private static final String CMSY = "\u2212\u00b7\u00d7\u2217\u00f7\u22c4\u00b1\u2213\u2295\u2296\u2297\u2298\u2299\u25ef\u2218\u2022"
            + "\u224d\u2261\u2286\u2287\u2264\u2265\u2aaf\u2ab0\u223c\u2248\u2282\u2283\u226a\u226b\u227a\u227b"
            + "\u2190\u2192\u2191\u2193\u2194\u2197\u2198\u2243\u21d0\u21d2\u21d1\u21d3\u21d4\u2196\u2199\u221d"
            + "\u2032\u221e\u2208\u220b\u25b3\u25bd/\u21a6\u2200\u2203\u00ac\u2205\u211c\u2111\u22a4\u22a5"
            + "\u2135ABCDEFGHIJKLMNOPQRSTUVWXYZ\u222a\u2229\u228e\u2227\u2228"
            + "\u22a2\u22a3\u230a\u230b\u2308\u2309{}\u27e8\u27e9|\u2016\u2195\u21d5\\\u2240"
            + "\u221a\u2a3f\u2207\u222b\u2294\u2293\u2291\u2292\u00a7\u2020\u2021\u00b6\u2663\u2662\u2661\u2660";
    /** cmex positions 0..31 (delimiters in their first sizes). */
    private static final String CMEX = "()[]\u230a\u230b\u2308\u2309{}\u27e8\u27e9|\u2016/\\()()[]\u230a\u230b\u2308\u2309{}\u27e8\u27e9/\\";
    private static final String GREEK = "\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc"
            + "\u03bd\u03be\u03bf\u03c0\u03c1\u03c3\u03c4\u03c5\u03c6\u03c7\u03c8\u03c9";

    /** Latin-1 letters that maths symbol fonts use as names for {@code = ( ) +}, and what they draw. */
    private static final String MISNAMED = "\u00bc\u00f0\u00de\u00fe", DRAWN = "=()+";
    /** The prime, which 3B2's TeX maths symbol font keeps at cmsy's position 48 under the name of a zero. */
    static final String PRIME = "\u2032";

    private UnmappedGlyphs() {}

    /**
     * The drawn text of a glyph that PDFBox read as {@code u} from a maths symbol font whose glyph names are
     * Latin-1 letters ({@code ¼ ð Þ þ} for {@code = ( ) +}), or null when {@code u} is not one of them or the font
     * is a text font (where they are the letters they say).
     */
    static String misnamed(PDFont font, String u) {
        if (u == null || u.length() != 1 || font == null) return null;
        int i = MISNAMED.indexOf(u.charAt(0));
        if (i < 0) return null;
        String name = baseName(font.getName());
        boolean maths = name.startsWith("advp4c4e") || name.contains("cm_maths_symbols") || name.contains("cm_maths_extension");
        return maths ? DRAWN.substring(i, i + 1) : null;
    }

    /** True for 3B2's TeX maths symbol font, whose {@code zero} draws a prime ({@code x′}, {@link #PRIME}). */
    static boolean zeroIsPrime(PDFont font) {
        return font != null && baseName(font.getName()).contains("cm_maths_symbols");
    }

    /** The Symbol font's Greek for ASCII letters A..Z, a..z (its {@code V} is final sigma, {@code J}/{@code j} variants). */
    private static final String SYMBOL_GREEK = "\u0391\u0392\u03a7\u0394\u0395\u03a6\u0393\u0397\u0399\u03d1\u039a\u039b\u039c"
            + "\u039d\u039f\u03a0\u0398\u03a1\u03a3\u03a4\u03a5\u03c2\u03a9\u039e\u03a8\u0396"
            + "\u03b1\u03b2\u03c7\u03b4\u03b5\u03c6\u03b3\u03b7\u03b9\u03d5\u03ba\u03bb\u03bc"
            + "\u03bd\u03bf\u03c0\u03b8\u03c1\u03c3\u03c4\u03c5\u03d6\u03c9\u03be\u03c8\u03b6";

    /** True for the Greek pi fonts of the 3B2 typesetting system ({@code PI_chars_1}), set out as the Symbol font. */
    static boolean symbolGreek(PDFont font) {
        return font != null && baseName(font.getName()).startsWith("pi_chars");
    }

    /** The Greek letter a Symbol-layout font draws for ASCII letter {@code u} ({@code b} is β), or {@code u}. */
    static String symbolGreek(String u) {
        if (u.length() != 1) return u;
        char c = u.charAt(0);
        if (c >= 'A' && c <= 'Z') return SYMBOL_GREEK.substring(c - 'A', c - 'A' + 1);
        if (c >= 'a' && c <= 'z') return SYMBOL_GREEK.substring(26 + c - 'a', 27 + c - 'a');
        return u;
    }

    /** True when PDFBox's text for a glyph is no text: empty, U+FFFD or control characters only. */
    static boolean unmapped(String u) {
        if (u == null || u.isEmpty()) return true;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= 0x20 && c != 0xfffd && !(c >= 0x7f && c < 0xa0)) return false;
        }
        return true;
    }

    /** The glyph's text from its font, or null. */
    static String text(PDFont font, int code) {
        if (font == null || code < 0) return null;
        String name = baseName(font.getName());
        if (code < 128 && (name.startsWith("cmsy") || name.contains("cm_maths_symbols"))) return CMSY.substring(code, code + 1);
        if (code < 32 && (name.startsWith("cmex") || name.contains("cm_maths_extension"))) return CMEX.substring(code, code + 1);
        if (!(font instanceof PDSimpleFont simple)) return null;
        Encoding enc = simple.getEncoding();
        String glyph = enc == null ? null : enc.getName(code);
        if (glyph != null && name.startsWith("advp4c4e74") && glyph.matches("C\\d{1,3}")) {
            int position = parse(glyph.substring(1));
            return position >= 0 && position < CMSY.length() ? CMSY.substring(position, position + 1) : null;
        }
        return glyph == null ? null : byGlyphName(glyph);
    }

    /** Text for a glyph name that the Adobe Glyph List does not know as is. */
    static String byGlyphName(String glyph) {
        if (glyph.length() == 5 && glyph.startsWith("H92")) {
            int n = parse(glyph.substring(1)) - 9251;
            if (n >= 0 && n < GREEK.length()) return GREEK.substring(n, n + 1);
        }
        if (glyph.equals("H11001")) return "+";
        if (glyph.equals("H11002")) return "\u2212";
        GlyphList agl = GlyphList.getAdobeGlyphList();
        String base = glyph.replaceFirst("(?<=[A-Za-z]{2})\\d+$", "");
        if (!base.equals(glyph) && agl.toUnicode(base) != null) return agl.toUnicode(base);
        return null;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Lower-cased font name without a subset prefix ({@code ABCDEF+}). */
    private static String baseName(String name) {
        if (name == null) return "";
        int plus = name.indexOf('+');
        if (plus == 6) name = name.substring(7);
        return name.toLowerCase(Locale.ROOT);
    }
}
