package org.oncoev.corpus.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a document's body text is set in, measured over its laid-out lines by characters: the body size (to the
 * half point), the font most body-size text uses ({@link Line#font}, or -1) and that font's most common exact size
 * (the body size without such a font). Headings, small print and full lines are judged against these.
 */
record BodyType(float size, int font, float fontSize) {
    /** A reference list's heading on a line of its own. */
    private static final Pattern REFERENCES_HEADING =
            Pattern.compile("(?i)(?:\\d{1,2}\\.?\\s*)?(?:references|bibliography|literature cited|references and notes)");

    /** The body type of the pages' lines. */
    static BodyType of(List<List<Line>> pages) {
        float size = bodySizeOf(pages);
        int font = bodyFontOf(pages, size);
        return new BodyType(size, font, sizeOfFont(pages, font, size));
    }

    /**
     * The most common font size (to the half point) weighted by characters, over the lines before a reference
     * list's heading when they hold at least a fifth of the text (in a short review the reference list, set
     * smaller, can outweigh the body), else over all lines.
     */
    private static float bodySizeOf(List<List<Line>> pages) {
        Map<Integer, Integer> all = new HashMap<>(), beforeReferences = new HashMap<>();
        long chars = 0, charsBefore = 0;
        boolean inReferences = false;
        for (List<Line> page : pages)
            for (Line l : page) {
                int key = Math.round(l.size * 2), n = l.text.length();
                inReferences |= n <= 40 && REFERENCES_HEADING.matcher(l.text.strip()).matches();
                all.merge(key, n, Integer::sum);
                chars += n;
                if (inReferences) continue;
                beforeReferences.merge(key, n, Integer::sum);
                charsBefore += n;
            }
        Map<Integer, Integer> hist = inReferences && charsBefore * 5 >= chars ? beforeReferences : all;
        return hist.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }

    /** The font of most characters in lines of about the body size, or -1. */
    private static int bodyFontOf(List<List<Line>> pages, float bodySize) {
        Map<Integer, Integer> hist = new HashMap<>();
        for (List<Line> page : pages)
            for (Line l : page)
                if (l.font >= 0 && Math.abs(l.size - bodySize) <= 0.05f * bodySize) hist.merge(l.font, l.text.length(), Integer::sum);
        return hist.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }

    /** The most common size (to 0.01, by characters) of lines in {@code font}; {@code fallback} without one. */
    private static float sizeOfFont(List<List<Line>> pages, int font, float fallback) {
        Map<Integer, Integer> hist = new HashMap<>();
        for (List<Line> page : pages)
            for (Line l : page) if (font >= 0 && l.font == font) hist.merge(Math.round(l.size * 100), l.text.length(), Integer::sum);
        return hist.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 100f).orElse(fallback);
    }
}
