package org.oncoev.corpus.text;

import java.util.ArrayList;
import java.util.List;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.table.DelimitedTableReader;
import org.oncoev.corpus.table.FlatTableReader;
import org.oncoev.corpus.table.LineHints;
import org.oncoev.corpus.table.LineTableReader;
import org.oncoev.corpus.table.Table;

/**
 * The table step of {@link DocumentAssembler}: gives TABLE passages their {@link Table} and turns flattened
 * tables into TABLE passages of their own. Tab- and pipe-separated blocks are read by
 * {@link DelimitedTableReader}; a run of one-cell-per-line text ({@link TableRegions#lineRegions}; a passage straddling
 * its start or end is cut there) becomes one TABLE passage, normalised as prose (its line structure read
 * through {@link LineHints#lineBreak}), when
 * {@link LineTableReader} lays it out as a grid and none of its passages is references or affiliations (else
 * its passages stay as they were); an inline
 * {@code Table N} run inside a body line is cut out of its passage(s) into a TABLE passage read by
 * {@link FlatTableReader} (table null when no grid is found; its text is kept either way); a caption glued
 * onto a prose line with its glued rows on the next line ({@link TableRegions#gluedCaptionRegions}) becomes a
 * TABLE passage without a grid. Passage text
 * and offsets stay exact: every new passage is the normalised source range it covers. Pure.
 */
final class TableAttacher {
    private TableAttacher() {}

    /** A passage in the making: kind, section, whether normalised in table mode, text, table or null. */
    record Piece(PassageKind kind, int section, boolean tableMode, NormalizedText text, Table table) {
        int start() { return text.sourceStart(0); }
        int end() { return text.sourceEnd(text.length() - 1); }
    }

    static List<Piece> attach(String src, List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            if (p.kind() == PassageKind.TABLE && p.tableMode() && p.table() == null && p.text().text().indexOf('\t') >= 0) {
                Table t = DelimitedTableReader.read(p.text().text(), hints(src, p.text()));
                out.add(new Piece(p.kind(), p.section(), true, p.text(), t));
            } else {
                out.add(p);
            }
        }
        out = lineTables(src, out);
        out = inlineTables(src, out);
        return gluedTables(src, out);
    }

    private static List<Piece> lineTables(String src, List<Piece> pieces) {
        return mergeRegions(src, pieces, TableRegions.lineRegions(src), (run, t) -> {
            for (Piece q : run) {
                if (q.kind() == PassageKind.REFERENCES || q.kind() == PassageKind.AFFILIATION) return null;
            }
            Table table = t.isEmpty() ? null : LineTableReader.read(t.text(), hints(src, t));
            return table == null ? null : new Piece(PassageKind.TABLE, run.get(0).section(), false, t, table);
        });
    }

    /** Tables whose caption is glued onto a prose line and whose rows follow on the next line: one TABLE passage, no grid. */
    private static List<Piece> gluedTables(String src, List<Piece> pieces) {
        return mergeRegions(src, pieces, TableRegions.gluedCaptionRegions(src),
                (run, t) -> new Piece(PassageKind.TABLE, run.get(0).section(), false, t, null));
    }

    /** What one run of prose pieces inside a region becomes, normalised as prose; null keeps the pieces as they are. */
    @FunctionalInterface
    private interface RunMerge {
        Piece merge(List<Piece> run, NormalizedText text);
    }

    /**
     * Splits the pieces at the regions' edges, then hands each run of consecutive prose pieces lying inside one
     * region to {@code merge}, which may replace the run by one piece.
     */
    private static List<Piece> mergeRegions(String src, List<Piece> pieces, List<int[]> regions, RunMerge merge) {
        if (regions.isEmpty()) return pieces;
        for (int[] region : regions) {
            pieces = splitAt(pieces, region[0]);
            pieces = splitAt(pieces, region[1]);
        }
        List<Piece> out = new ArrayList<>(pieces.size());
        int r = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            while (r < regions.size() && regions.get(r)[1] < p.start()) r++;
            if (r >= regions.size() || p.start() < regions.get(r)[0] || p.end() > regions.get(r)[1] || p.tableMode()) {
                out.add(p);
                continue;
            }
            int j = i;
            // pieces after p start at or after it, so inside the region once they end by its end
            while (j + 1 < pieces.size() && !pieces.get(j + 1).tableMode() && pieces.get(j + 1).end() <= regions.get(r)[1]) j++;
            NormalizedText t = TextNormalizer.normalize(src, p.start(), pieces.get(j).end(), false);
            Piece merged = merge.merge(pieces.subList(i, j + 1), t);
            if (merged == null) {
                out.add(p);
                continue;
            }
            out.add(merged);
            i = j;
            r++;
        }
        return out;
    }

    private static List<Piece> inlineTables(String src, List<Piece> pieces) {
        List<int[]> regions = TableRegions.inlineRegions(src);
        if (regions.isEmpty()) return pieces;
        List<Piece> out = new ArrayList<>(pieces.size() + regions.size());
        int r = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            while (r < regions.size() && regions.get(r)[1] <= p.start()) r++;
            if (r >= regions.size() || p.tableMode() || p.kind() != PassageKind.BODY || regions.get(r)[0] >= p.end()
                    || regions.get(r)[0] < p.start()) {
                out.add(p);
                continue;
            }
            int rs = regions.get(r)[0], re = regions.get(r)[1];
            int j = i;
            while (j + 1 < pieces.size() && pieces.get(j + 1).kind() == PassageKind.BODY && !pieces.get(j + 1).tableMode()
                    && pieces.get(j + 1).start() < re) j++;
            addSlice(out, p, p.text(), 0, indexAtOrAfter(p.text(), rs));
            NormalizedText t = TextNormalizer.normalize(src, rs, Math.min(re, pieces.get(j).end()), false);
            if (!t.isEmpty()) out.add(new Piece(PassageKind.TABLE, p.section(), false, t, FlatTableReader.read(t.text(), hints(src, t))));
            Piece last = pieces.get(j);
            List<Piece> rest = new ArrayList<>();
            addSlice(rest, last, last.text(), indexAtOrAfter(last.text(), re), last.text().length());
            r++;
            if (rest.isEmpty()) {
                i = j;
            } else {
                pieces = new ArrayList<>(pieces);
                pieces.set(j, rest.get(0));
                i = j - 1;
            }
        }
        return out;
    }

    /** The pieces with the (not table-mode) piece that straddles source {@code offset} cut in two there. */
    private static List<Piece> splitAt(List<Piece> pieces, int offset) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.start() >= offset) break;
            if (p.end() <= offset || p.tableMode()) continue;
            int k = indexAtOrAfter(p.text(), offset);
            if (k <= 0 || k >= p.text().length()) continue;
            List<Piece> out = new ArrayList<>(pieces.subList(0, i));
            addSlice(out, p, p.text(), 0, k);
            addSlice(out, p, p.text(), k, p.text().length());
            out.addAll(pieces.subList(i + 1, pieces.size()));
            return out;
        }
        return pieces;
    }

    private static void addSlice(List<Piece> out, Piece p, NormalizedText t, int from, int to) {
        if (to <= from) return;
        NormalizedText s = t.sub(from, to).strip();
        if (!s.isEmpty()) out.add(new Piece(p.kind(), p.section(), p.tableMode(), s, null));
    }

    /** The first index of {@code t} whose source start is at or after {@code offset} (length when none). */
    private static int indexAtOrAfter(NormalizedText t, int offset) {
        for (int k = 0; k < t.length(); k++) if (t.sourceStart(k) >= offset) return k;
        return t.length();
    }

    /** Line hints read from the source behind {@code t}: em-space or space indents, blank lines behind line breaks. */
    static LineHints hints(String src, NormalizedText t) {
        return new LineHints() {
            @Override
            public boolean indented(int i) {
                if (i < 0 || i >= t.length()) return false;
                int s = t.sourceStart(i) - 1;
                boolean space = false;
                for (int k = 0; s >= 0 && k < 8; k++, s--) {
                    char c = src.charAt(s);
                    if (c == '\u2003') return true;
                    if (c == '\n') return space;
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
                    space = true;
                }
                return s < 0 && space;
            }

            @Override
            public boolean lineBreak(int i) {
                if (i < 0 || i >= t.length() || !Character.isWhitespace(t.text().charAt(i))) return false;
                for (int k = t.sourceStart(i); k < t.sourceEnd(i) && k < src.length(); k++) if (src.charAt(k) == '\n') return true;
                return false;
            }

            @Override
            public int emptyCellsBefore(int i) {
                if (i < 0 || i >= t.length()) return 0;
                int n = 0;
                for (int s = t.sourceStart(i) - 1; s >= 0 && n <= 64; s--) {
                    char c = src.charAt(s);
                    if (c == '\n') return n;
                    if (c == '\t') n++;
                    else if (c != ' ') return 0;
                }
                return n;
            }

            @Override
            public int blankLinesAt(int i) {
                if (i < 0 || i >= t.length()) return 0;
                int n = 0;
                for (int k = t.sourceStart(i); k < t.sourceEnd(i) && k < src.length(); k++) if (src.charAt(k) == '\n') n++;
                return Math.max(0, n - 1);
            }
        };
    }
}
