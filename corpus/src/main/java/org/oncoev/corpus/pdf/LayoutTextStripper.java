package org.oncoev.corpus.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects each page's glyphs (in the page's dominant text direction) and lays them out with
 * {@link PageLayout} instead of PDFBox's own line builder. Enforces the time limit inside content
 * stream processing and stops once the character cap is reached. Not thread-safe: one per document.
 */
final class LayoutTextStripper extends PDFTextStripper {
    /** Thrown inside PDFBox's processing when the deadline passes. */
    static final class DeadlineExceeded extends RuntimeException {
        DeadlineExceeded() {
            super("time limit exceeded", null, false, false);
        }
    }

    /** Thrown to stop processing after the character cap was reached. */
    static final class CharCapReached extends RuntimeException {
        CharCapReached() {
            super("character cap reached", null, false, false);
        }
    }

    /** One processed page: its number (1-based), lines in reading order, height and whether it has images. */
    record PageText(int number, List<Line> lines, float height, boolean hasImages, int glyphs) {}

    private final long deadline;
    private final int maxChars;
    private final List<PageText> pages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final Map<PDFont, Integer> fontIds = new IdentityHashMap<>();
    private final Map<String, Integer> fontNames = new java.util.HashMap<>();
    private final Map<String, String> normalised = new java.util.HashMap<>();
    private final FlatGlyphs flatGlyphs = new FlatGlyphs();
    private final Map<PDFont, Boolean> symbolGreek = new IdentityHashMap<>();
    private final Map<PDFont, Boolean> zeroIsPrime = new IdentityHashMap<>();
    private PDFont lastFont;
    private boolean lastBold;
    private long chars;
    private int ops;
    private boolean pageHasImages;

    LayoutTextStripper(long deadlineNanos, int maxChars) {
        this.deadline = deadlineNanos;
        this.maxChars = maxChars;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
    }

    List<PageText> pages() {
        return pages;
    }

    void checkDeadline() {
        if (System.nanoTime() - deadline > 0) throw new DeadlineExceeded();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ((++ops & 127) == 0) checkDeadline();
        super.processOperator(operator, operands);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        checkDeadline();
        pageHasImages = hasImages(page.getResources(), 0);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if ((++ops & 127) == 0) checkDeadline();
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) all.addAll(article);
        float[] dirs = new float[all.size()];
        float dir = dominantDirection(all, dirs);
        List<Glyph> glyphs = new ArrayList<>(all.size());
        boolean space = false;
        float height = 0;
        for (int i = 0; i < dirs.length; i++) {
            if (dirs[i] != dir) continue;
            TextPosition tp = all.get(i);
            String u = tp.getUnicode();
            if (UnmappedGlyphs.unmapped(u) && tp.getCharacterCodes().length == 1) {
                String known = UnmappedGlyphs.text(tp.getFont(), tp.getCharacterCodes()[0]);
                if (known != null) u = known;
            } else if (u.length() == 1 && u.charAt(0) == '0') {
                if (zeroIsPrime.computeIfAbsent(tp.getFont(), UnmappedGlyphs::zeroIsPrime)) u = UnmappedGlyphs.PRIME;
            } else if (u.length() == 1 && u.charAt(0) >= 0xbc) {
                String drawn = UnmappedGlyphs.misnamed(tp.getFont(), u);
                if (drawn != null) u = drawn;
            } else if (u.length() == 1 && tp.getCharacterCodes().length == 1) {
                u = flatGlyphs.text(tp.getFont(), tp.getCharacterCodes()[0], u);
            }
            if (u != null && u.length() == 1 && u.charAt(0) < 0x7b && Character.isLetter(u.charAt(0))
                    && symbolGreek.computeIfAbsent(tp.getFont(), UnmappedGlyphs::symbolGreek)) u = UnmappedGlyphs.symbolGreek(u);
            if (u == null || isBlank(u)) {
                space = true;
                continue;
            }
            if (height == 0) height = (dir == 90 || dir == 270) ? tp.getPageWidth() : tp.getPageHeight();
            float size = GlyphSize.of(tp);
            Glyph glyph = new Glyph(normalise(u), tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(), size,
                    isBold(tp.getFont()), space);
            glyph.font = fontId(tp.getFont());
            glyphs.add(glyph);
            space = false;
            chars += u.length();
        }
        pages.add(new PageText(getCurrentPageNo(), PageLayout.lines(glyphs, this::checkDeadline), height, pageHasImages, glyphs.size()));
        checkDeadline();
        if (chars > maxChars) throw new CharCapReached();
    }

    /** The most frequent direction (0, 90, 180 or 270); stores each position's direction in {@code dirs}. */
    private static float dominantDirection(List<TextPosition> all, float[] dirs) {
        int[] counts = new int[4];
        for (int i = 0; i < dirs.length; i++) {
            dirs[i] = all.get(i).getDir();
            counts[Math.floorMod(Math.round(dirs[i] / 90f), 4)]++;
        }
        int best = 0;
        for (int i = 1; i < 4; i++) if (counts[i] > counts[best]) best = i;
        return best * 90f;
    }

    /** Only white space, including no-break and other Unicode spaces; a fast path for printable ASCII. */
    static boolean isBlank(String u) {
        if (u.length() == 1) {
            char c = u.charAt(0);
            if (c > ' ' && c < 0x7f) return false;
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b') return false;
        }
        return true;
    }

    /** NFKC for non-ASCII glyph text (ligatures, full-width forms) but spacing accents; control characters dropped. */
    private String normalise(String u) {
        if (Accents.candidate(u)) return u; // NFKC would make a spacing accent a space and a combining mark
        boolean ascii = true;
        for (int i = 0; i < u.length(); i++) if (u.charAt(i) >= 0x7f || u.charAt(i) < 0x20) ascii = false;
        if (ascii) return u;
        return normalised.computeIfAbsent(u, s -> {
            String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
            StringBuilder sb = new StringBuilder(n.length());
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)) sb.append(c);
            }
            return sb.isEmpty() ? "\ufffd" : sb.toString().strip().isEmpty() ? "\ufffd" : sb.toString();
        });
    }

    /** A number per font name (subset prefix dropped), so one font read on several pages has one number. */
    private int fontId(PDFont font) {
        if (font == null) return -1;
        return fontIds.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName();
            if (name.length() > 7 && name.charAt(6) == '+') name = name.substring(7);
            return fontNames.computeIfAbsent(name, k -> fontNames.size());
        });
    }

    private boolean isBold(PDFont font) {
        if (font == null) return false;
        if (font == lastFont) return lastBold;
        lastFont = font;
        return lastBold = boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(java.util.Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || name.contains("semibold") || name.contains("demi")) return true;
            PDFontDescriptor d = f.getFontDescriptor();
            return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        });
    }

    /** True when the resources (or forms one level down) hold an image XObject. */
    private static boolean hasImages(PDResources resources, int depth) {
        if (resources == null || depth > 1) return false;
        try {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) return true;
                var x = resources.getXObject(name);
                if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                        && hasImages(form.getResources(), depth + 1)) return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
