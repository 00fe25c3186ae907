package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncoev.corpus.pdf.LayoutTextStripper.PageText;

/**
 * Removes running headers and footers: lines near the top or bottom of a page whose text (digits
 * normalised) repeats on several pages, page numbers there, and download/licence stamps anywhere. Rows of a
 * table laid out as a grid stay (a header row repeats at the top of the pages a table runs over).
 */
final class RunningLineFilter {
    private static final int ZONE_LINES = 3;
    private static final float ZONE = 0.13f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s*)?(?:\\d{1,5}|[ivxlc]{1,6})(?:\\s*(?:of|/)\\s*\\d{1,5})?");
    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\s*(?:downloaded\\s+from\\s+\\S.*|this\\s+article\\s+is\\s+protected\\s+by\\s+copyright.*)$");

    private RunningLineFilter() {}

    /** Returns the pages with running lines removed (a new list; lines keep their order). */
    static List<List<Line>> filter(List<PageText> pages) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        List<Set<Line>> candidates = new ArrayList<>();
        for (PageText p : pages) {
            Set<Line> zone = zoneLines(p);
            candidates.add(zone);
            for (Line l : zone)
                for (String cell : l.text.split("\t"))
                    pagesByKey.computeIfAbsent(key(cell), k -> new HashSet<>()).add(p.number());
        }
        int n = pages.size();
        int needed = Math.max(2, (int) Math.ceil(n / 4.0));
        List<List<Line>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<Line> zone = candidates.get(i);
            List<Line> kept = new ArrayList<>();
            for (Line l : pages.get(i).lines()) {
                if (STAMP.matcher(l.text).matches()) continue;
                // a table's header row repeats at the top of pages (tables alike, continued tables): it stays
                if (!zone.contains(l) || l.gridRow || !running(l, pagesByKey, n, needed, pages.get(i).lines().size())) kept.add(l);
            }
            out.add(kept);
        }
        return out;
    }

    /** True when every cell of the line is a page number or repeats on enough pages (pages of 5+ lines). */
    private static boolean running(Line l, Map<String, Set<Integer>> pagesByKey, int n, int needed, int lines) {
        for (String cell : l.text.split("\t")) {
            String t = cell.strip();
            if (t.isEmpty() || t.length() <= 16 && PAGE_NUMBER.matcher(t).matches()) continue;
            if (n < 2 || lines < 5 || pagesByKey.get(key(cell)).size() < needed) return false;
        }
        return true;
    }

    /** The first and last few lines by height that lie in the top or bottom band of the page. */
    private static Set<Line> zoneLines(PageText p) {
        List<Line> byY = new ArrayList<>(p.lines());
        byY.sort((a, b) -> Float.compare(a.y, b.y));
        Set<Line> zone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        float h = p.height() > 0 ? p.height() : (byY.isEmpty() ? 0 : byY.get(byY.size() - 1).y);
        for (int i = 0; i < Math.min(ZONE_LINES, byY.size()); i++)
            if (byY.get(i).y < ZONE * h + byY.get(i).size) zone.add(byY.get(i));
        for (int i = Math.max(0, byY.size() - ZONE_LINES); i < byY.size(); i++)
            if (byY.get(i).y > (1 - ZONE) * h) zone.add(byY.get(i));
        return zone;
    }

    /** Lower-cased text with digits as {@code #} and whitespace collapsed. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            sb.append(Character.isDigit(c) ? '#' : Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
