package org.oncoev.pipeline.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.EvidenceDocument;
import org.oncoev.extractors.gold.EvidenceExporter;
import org.oncoev.pipeline.export.StoredFindings;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What oncoev found in the current documents under some folders, for people: per document, the number of
 * distinct facts of each type and a few examples with the words they came from. Prints nothing when more than
 * {@code maxDocuments} documents lie under the folders (a summary of a large corpus belongs in {@code status}).
 * Findings are read one document at a time, so memory holds at most one document's findings.
 */
public final class EvidenceSummary {
    private static final int EXAMPLES = 4;

    private EvidenceSummary() {}

    /** The summary text (ending in a newline), or an empty string when there are no or too many documents. */
    public static String describe(JdbcTemplate jdbc, List<Path> folders, int maxDocuments) {
        Map<Long, String> names = new java.util.HashMap<>();
        for (Path folder : folders) {
            String prefix = folder.toAbsolutePath().normalize().toString();
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            jdbc.query("SELECT id, file_name FROM documents WHERE current AND starts_with(source_path, ?)",
                    rs -> { names.put(rs.getLong("id"), rs.getString("file_name")); }, prefix);
        }
        if (names.isEmpty() || names.size() > maxDocuments) return "";
        List<Map.Entry<Long, String>> byName = new ArrayList<>(names.entrySet());
        byName.sort(Map.Entry.<Long, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        StoredFindings stored = new StoredFindings(jdbc);
        EvidenceExporter exporter = new EvidenceExporter();
        StringBuilder out = new StringBuilder("\nEvidence found (latest extraction run):\n");
        for (Map.Entry<Long, String> entry : byName) {
            String name = entry.getValue();
            List<Finding> findings = StoredFindings.byFileName(stored.latestOf(List.of(entry.getKey())))
                    .getOrDefault(name, List.of());
            EvidenceDocument doc = exporter.export(name, findings);
            int mentions = doc.pValues().stream().mapToInt(EvidenceDocument.PValue::mentions).sum();
            out.append(String.format(Locale.ROOT, "  %s: %d cohorts, %d survival, %d p-values (%d mentions), %d hazard ratios, %d doses%n",
                    name, doc.cohorts().size(), doc.survival().size(), doc.pValues().size(), mentions,
                    doc.hazardRatios().size(), doc.doses().size()));
            for (String example : examples(doc)) out.append("      ").append(example).append('\n');
        }
        return out.toString();
    }

    /** Up to {@value #EXAMPLES} facts, one of each type first. */
    static List<String> examples(EvidenceDocument doc) {
        List<List<String>> byType = List.of(
                doc.cohorts().stream().map(c -> "cohort " + c.size() + arm(c.arm()) + quote(c.quote())).toList(),
                doc.survival().stream().map(EvidenceSummary::survival).toList(),
                doc.hazardRatios().stream().map(h -> "HR " + num(h.value()) + ci(h.ciLow(), h.ciHigh()) + quote(h.quote())).toList(),
                doc.doses().stream().map(d -> "dose " + d.agent() + " " + num(d.amount())
                        + (d.amountMax() == null ? "" : "-" + num(d.amountMax())) + " " + d.unit()
                        + (d.route() == null ? "" : " " + d.route()) + quote(d.quote())).toList(),
                doc.pValues().stream().map(p -> "p " + p.relation() + " " + num(p.value())
                        + (p.mentions() > 1 ? " (x" + p.mentions() + ")" : "")).toList());
        List<String> out = new ArrayList<>();
        for (int round = 0; out.size() < EXAMPLES; round++) {
            boolean any = false;
            for (List<String> list : byType) {
                if (round < list.size() && out.size() < EXAMPLES) { out.add(list.get(round)); any = true; }
            }
            if (!any) break;
        }
        return out;
    }

    private static String survival(EvidenceDocument.Survival s) {
        String what = "median".equals(s.measure())
                ? "median " + s.endpoint() + " " + num(s.value()) + (s.valueMax() == null ? "" : "-" + num(s.valueMax())) + " " + s.unit()
                : s.endpoint() + " rate " + num(s.value()) + "%" + (s.timeMonths() == null ? "" : " at " + num(s.timeMonths()) + " months");
        return what + ci(s.ciLow(), s.ciHigh()) + arm(s.arm()) + quote(s.quote());
    }

    private static String ci(Double low, Double high) {
        return low == null || high == null ? "" : " (95% CI " + num(low) + "-" + num(high) + ")";
    }

    private static String arm(String arm) {
        return arm == null ? "" : " [" + arm + "]";
    }

    private static String quote(String quote) {
        if (quote == null || quote.isBlank()) return "";
        String q = quote.replaceAll("\\s+", " ").strip();
        return "  \"" + (q.length() > 70 ? q.substring(0, 67) + "..." : q) + "\"";
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
