package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncoev.extractors.survival.SentenceSurvivalReader.Candidate;

/**
 * Medians printed unchanged down one table column on {@value #MIN_RUN} or more consecutive lines (a whole-cohort
 * median repeated beside each continuous covariate of a Cox table) are one figure of the whole group, not one per
 * row: the first is kept without a row arm, the repeats are dropped. Lines are the tab table's lines, columns its
 * tab-separated cells, both found from the candidates' offsets. Rates and other candidates pass unchanged. Pure.
 */
final class RepeatedMedians {
    static final int MIN_RUN = 3;

    private RepeatedMedians() {}

    /** The candidates of {@code text}'s table with runs of repeated medians collapsed, in their order. */
    static List<Candidate> collapse(String text, List<Candidate> candidates) {
        if (candidates.size() < MIN_RUN) return candidates;
        List<Integer> newlines = new ArrayList<>();
        for (int p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) newlines.add(p);
        int[] lineOf = new int[candidates.size()];
        Map<String, List<Integer>> byColumn = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!"median".equals(c.fact().measure()) || c.end() > text.length()) continue;
            int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
            int column = 0;
            for (int p = lineStart; p < c.start(); p++) if (text.charAt(p) == '\t') column++;
            int found = java.util.Collections.binarySearch(newlines, c.start());
            lineOf[i] = found >= 0 ? found : -found - 1;
            byColumn.computeIfAbsent(column + "|" + c.fact().endpoint(), k -> new ArrayList<>()).add(i);
        }
        Set<Integer> dropped = new HashSet<>();
        Set<Integer> unarmed = new HashSet<>();
        for (List<Integer> column : byColumn.values()) {
            int runStart = 0;
            for (int k = 1; k <= column.size(); k++) {
                boolean continues = k < column.size()
                        && lineOf[column.get(k)] == lineOf[column.get(k - 1)] + 1
                        && raw(text, candidates.get(column.get(k))).equals(raw(text, candidates.get(column.get(k - 1))));
                if (continues) continue;
                if (k - runStart >= MIN_RUN) {
                    unarmed.add(column.get(runStart));
                    for (int j = runStart + 1; j < k; j++) dropped.add(column.get(j));
                }
                runStart = k;
            }
        }
        if (dropped.isEmpty()) return candidates;
        List<Candidate> out = new ArrayList<>(candidates.size() - dropped.size());
        for (int i = 0; i < candidates.size(); i++) {
            if (dropped.contains(i)) continue;
            Candidate c = candidates.get(i);
            out.add(unarmed.contains(i) ? new Candidate(c.fact(), c.start(), c.end(), c.confidence(), null, c.rejected(),
                    c.listStart(), c.listAfter()) : c);
        }
        return out;
    }

    private static String raw(String text, Candidate c) {
        return text.substring(c.start(), c.end()).strip();
    }
}
