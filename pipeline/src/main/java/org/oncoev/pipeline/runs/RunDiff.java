package org.oncoev.pipeline.runs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.EvidenceDocument;
import org.oncoev.extractors.gold.EvidenceExporter;
import org.oncoev.pipeline.export.StoredFinding;
import org.oncoev.pipeline.export.StoredFindings;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The differences between two extraction runs, per document (by source path): each run's accepted findings are
 * exported with {@link EvidenceExporter} (FORMAT.md's distinct facts) and compared as {@link FactEntry}s. Facts
 * equal in key and other fields (quote aside) are unchanged; the rest pair first by FORMAT.md key, then by a
 * looser key (a hazard ratio's value), into "changed"; what stays unpaired is "removed" (only in A) or "added"
 * (only in B). A document only one run covered shows all its facts as removed or added.
 */
public final class RunDiff {
    /** A fact present in both runs with different non-key fields. */
    public record Change(FactEntry before, FactEntry after) {}

    /** One document's differences; {@code inA}/{@code inB} say whether each run extracted the document. */
    public record DocumentDiff(String document, String sourcePath, boolean inA, boolean inB, List<FactEntry> added,
                               List<FactEntry> removed, List<Change> changed) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && inA == inB;
        }
    }

    private RunDiff() {}

    /** Compares run {@code a} with run {@code b} (job execution ids); documents in path order. */
    public static List<DocumentDiff> compare(JdbcTemplate jdbc, long a, long b) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, EvidenceDocument> before = exported(jdbc, a, names);
        Map<String, EvidenceDocument> after = exported(jdbc, b, names);
        Set<String> paths = new java.util.TreeSet<>(names.keySet());
        List<DocumentDiff> out = new ArrayList<>();
        for (String path : paths) {
            EvidenceDocument da = before.get(path);
            EvidenceDocument db = after.get(path);
            out.add(diff(names.get(path), path, da != null, db != null, da == null ? List.of() : FactEntry.of(da),
                    db == null ? List.of() : FactEntry.of(db)));
        }
        return out;
    }

    /** Each document of run {@code run}, keyed by source path, exported to FORMAT.md facts. */
    private static Map<String, EvidenceDocument> exported(JdbcTemplate jdbc, long run, Map<String, String> names) {
        Map<String, String> pathNames = new LinkedHashMap<>();
        jdbc.query("SELECT DISTINCT d.source_path, d.file_name FROM extraction_runs r JOIN documents d "
                + "ON d.id = r.document_id WHERE r.job_execution_id = ?", rs -> {
            pathNames.put(rs.getString(1), rs.getString(2));
        }, run);
        names.putAll(pathNames);
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        for (String p : pathNames.keySet()) byPath.put(p, new ArrayList<>());
        for (StoredFinding f : new StoredFindings(jdbc).ofRuns(RunList.rowIds(jdbc, run), false)) {
            byPath.computeIfAbsent(f.sourcePath(), k -> new ArrayList<>()).add(f.finding());
        }
        EvidenceExporter exporter = new EvidenceExporter();
        Map<String, EvidenceDocument> out = new LinkedHashMap<>();
        byPath.forEach((path, findings) -> out.put(path, exporter.export(pathNames.get(path), findings)));
        return out;
    }

    /** The differences between two fact lists of one document. */
    static DocumentDiff diff(String document, String path, boolean inA, boolean inB, List<FactEntry> a, List<FactEntry> b) {
        List<FactEntry> removed = new ArrayList<>(a);
        List<FactEntry> added = new ArrayList<>(b);
        List<Change> changed = new ArrayList<>();
        pair(removed, added, e -> e, null);
        pair(removed, added, e -> e.type() + "\u0000" + e.key(), changed);
        pair(removed, added, e -> e.type() + "\u0000" + e.loose(), changed);
        return new DocumentDiff(document, path, inA, inB, added, removed, changed);
    }

    /** Removes pairs with equal {@code by} from both lists, recording them in {@code changes} when non-null. */
    private static void pair(List<FactEntry> as, List<FactEntry> bs, Function<FactEntry, Object> by, List<Change> changes) {
        for (Iterator<FactEntry> ia = as.iterator(); ia.hasNext(); ) {
            FactEntry x = ia.next();
            Object k = by.apply(x);
            for (Iterator<FactEntry> ib = bs.iterator(); ib.hasNext(); ) {
                FactEntry y = ib.next();
                if (Objects.equals(k, by.apply(y))) {
                    ia.remove();
                    ib.remove();
                    if (changes != null) changes.add(new Change(x, y));
                    break;
                }
            }
        }
    }

    /** Lines for a terminal: per document with differences, {@code + added}, {@code - removed}, {@code ~ changed}. */
    public static List<String> format(long a, long b, List<DocumentDiff> diffs) {
        List<String> lines = new ArrayList<>();
        int added = 0, removed = 0, changed = 0, documents = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (DocumentDiff d : diffs) {
            added += d.added().size();
            removed += d.removed().size();
            changed += d.changed().size();
            if (d.isEmpty()) continue;
            documents++;
            String label = seen.add(d.document()) ? d.document() : d.sourcePath();
            lines.add(label + (d.inA() ? "" : " (not in run " + a + ")") + (d.inB() ? "" : " (not in run " + b + ")"));
            for (FactEntry e : d.added()) lines.add("  + " + e.display());
            for (FactEntry e : d.removed()) lines.add("  - " + e.display());
            for (Change c : d.changed()) {
                lines.add("  ~ " + c.before().type() + " " + c.after().key() + (c.before().key().equals(c.after().key())
                        ? "" : " (was " + c.before().key() + ")") + ": [" + c.before().detail() + "] -> ["
                        + c.after().detail() + "]");
            }
        }
        lines.add(0, "runs diff " + a + " " + b + ": " + diffs.size() + " document(s), " + documents
                + " with differences; " + added + " added, " + removed + " removed, " + changed + " changed");
        return lines;
    }
}
