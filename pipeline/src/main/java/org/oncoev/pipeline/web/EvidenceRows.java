package org.oncoev.pipeline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oncoev.pipeline.export.FlatFacts;
import org.oncoev.pipeline.export.MetaforRows;
import org.oncoev.pipeline.export.PaperInfo;
import org.oncoev.pipeline.export.StoredFinding;

/**
 * The rows of the evidence view: one per accepted finding, the {@link FlatFacts} columns plus {@code document_id},
 * {@code title}, {@code passage_start}/{@code passage_end} (in the passage text), {@code arm_n} (the size of the
 * finding's arm where the same paper states exactly one cohort of that arm label, else null) and {@code link}
 * (the page address marking the finding in its passage); a hazard ratio's row also has {@code covariate}, true when the
 * extractor marked it a covariate's or subgroup's rather than the treatments' ({@link MetaforRows#covariate}). Sorting
 * by any {@link #SORT_KEYS} key, ascending or,
 * with a leading {@code -}, descending; numbers compare as numbers, text case-insensitively, missing values last,
 * ties in reading order. Stateless; thread-safe.
 */
public final class EvidenceRows {
    /** Keys rows can be sorted by. */
    public static final Set<String> SORT_KEYS = sortKeys();

    private EvidenceRows() {}

    /** Rows of {@code findings} (accepted ones only) in the given order. */
    public static List<Map<String, Object>> of(List<StoredFinding> findings, Map<Long, PaperInfo> papers) {
        Map<Long, Map<String, List<Integer>>> armSizes = armSizes(findings);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredFinding f : findings) {
            if (!f.accepted()) continue;
            PaperInfo paper = papers.getOrDefault(f.documentId(), PaperInfo.NONE);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document_id", f.documentId());
            row.put("title", paper.title());
            row.putAll(FlatFacts.row(f, paper));
            row.put("passage_start", f.passageStart());
            row.put("passage_end", f.passageEnd());
            List<Integer> sizes = f.arm() == null ? null
                    : armSizes.getOrDefault(f.documentId(), Map.of()).get(f.arm().toLowerCase(Locale.ROOT));
            row.put("arm_n", sizes != null && sizes.size() == 1 ? sizes.get(0) : null);
            row.put("covariate", "hazard_ratios".equals(f.type()) ? MetaforRows.covariate(f) : null);
            row.put("link", "#doc/" + f.documentId() + (f.passageId() == null ? ""
                    : "/p/" + f.passageId() + "/" + f.passageStart() + "-" + f.passageEnd()));
            rows.add(row);
        }
        return rows;
    }

    /** Sorts {@code rows} in place by {@code sort} ({@code key} or {@code -key}; blank keeps reading order). */
    public static void sort(List<Map<String, Object>> rows, String sort) {
        if (sort == null || sort.isBlank()) return;
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        if (!SORT_KEYS.contains(key)) throw new BadRequestException("sort must be one of " + String.join(", ", SORT_KEYS)
                + ", optionally preceded by -");
        Comparator<Object> values = EvidenceRows::compareValues;
        Comparator<Map<String, Object>> byKey = (a, b) -> {
            Object x = a.get(key), y = b.get(key);
            if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;  // missing last either way
            return descending ? values.compare(y, x) : values.compare(x, y);
        };
        rows.sort(byKey);  // stable: ties keep reading order
    }

    private static int compareValues(Object x, Object y) {
        if (x instanceof Number a && y instanceof Number b) return Double.compare(a.doubleValue(), b.doubleValue());
        return String.valueOf(x).compareToIgnoreCase(String.valueOf(y));
    }

    /** Per document, the cohort sizes stated for each lower-cased arm label. */
    private static Map<Long, Map<String, List<Integer>>> armSizes(List<StoredFinding> findings) {
        Map<Long, Map<String, List<Integer>>> out = new HashMap<>();
        for (StoredFinding f : findings) {
            if (!f.accepted() || !"cohorts".equals(f.type()) || f.arm() == null) continue;
            if (!(f.values().get("size") instanceof Number size)) continue;
            List<Integer> sizes = out.computeIfAbsent(f.documentId(), k -> new HashMap<>())
                    .computeIfAbsent(f.arm().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            if (!sizes.contains(size.intValue())) sizes.add(size.intValue());
        }
        return out;
    }

    private static Set<String> sortKeys() {
        Set<String> keys = new java.util.LinkedHashSet<>(FlatFacts.COLUMNS);
        keys.add("title");
        keys.add("arm_n");
        keys.add("covariate");
        keys.add("document_id");
        return java.util.Collections.unmodifiableSet(keys);
    }
}
