package org.oncoev.extractors.gold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncoev.extractors.EvidenceType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores of a set of documents, micro-summed: per type and over all types, p-value mention recall and arm
 * attribution accuracy, with the per-document detail kept for debugging. {@code problems} lists documents
 * that could not be read or predicted (each scored with no predictions). Immutable.
 */
public record EvaluationReport(List<DocumentScore> documents, List<String> problems) {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public EvaluationReport {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    /** Counts per type key ({@code cohorts, survival, p_values, hazard_ratios, doses}), summed over documents. */
    public Map<String, TypeCounts> types() {
        Map<String, TypeCounts> out = new LinkedHashMap<>();
        for (EvidenceType t : EvidenceType.values()) out.put(t.key(), TypeCounts.ZERO);
        for (DocumentScore d : documents) {
            d.types().forEach((k, r) -> out.merge(k, r.counts(), TypeCounts::plus));
        }
        return out;
    }

    /** Counts summed over all types and documents. */
    public TypeCounts micro() {
        return types().values().stream().reduce(TypeCounts.ZERO, TypeCounts::plus);
    }

    /** Sum over gold p-values of min(predicted, gold) mentions over the sum of gold mentions; null without gold. */
    public Double pValueMentionRecall() {
        int gold = 0;
        int recalled = 0;
        for (DocumentScore d : documents) {
            TypeResult r = d.types().get(EvidenceType.P_VALUE.key());
            if (r == null) continue;
            gold += r.goldMentions();
            recalled += r.recalledMentions();
        }
        return gold == 0 ? null : (double) recalled / gold;
    }

    /** Recall of the gold p-values whose every mention is in a table ({@code source: table}); null without any. */
    public Double pValueTableRecall() {
        int gold = 0;
        int found = 0;
        for (DocumentScore d : documents) {
            TypeResult r = d.types().get(EvidenceType.P_VALUE.key());
            if (r == null) continue;
            gold += r.tableGold();
            found += r.tableFound();
        }
        return gold == 0 ? null : (double) found / gold;
    }

    /**
     * The documents of one half of a fixed split: {@code odd} or {@code even} by the sum of the digits in the
     * document's name (a PMCID, say), so development on one half can be checked on the other.
     */
    public EvaluationReport half(String which) {
        boolean odd = switch (which.toLowerCase(Locale.ROOT)) {
            case "odd" -> true;
            case "even" -> false;
            default -> throw new IllegalArgumentException("half is odd or even, not " + which);
        };
        return new EvaluationReport(documents.stream().filter(d -> isOddHalf(d.document()) == odd).toList(),
                problems);
    }

    /** True when the digits of a document name sum to an odd number (the {@code odd} half). */
    public static boolean isOddHalf(String documentName) {
        int sum = 0;
        for (int i = 0; i < documentName.length(); i++) {
            char c = documentName.charAt(i);
            if (c >= '0' && c <= '9') sum += c - '0';
        }
        return sum % 2 == 1;
    }

    /** Share of matched facts with a gold arm whose predicted arm agrees; null when no matched fact has one. */
    public Double armAttribution() {
        int total = 0;
        int correct = 0;
        for (DocumentScore d : documents) {
            for (TypeResult r : d.types().values()) {
                total += r.armTotal();
                correct += r.armCorrect();
            }
        }
        return total == 0 ? null : (double) correct / total;
    }

    /** Per type, F1 of all documents and of each half side by side, then the micro row and the recalls. */
    public String toHalvesTable() {
        EvaluationReport odd = half("odd");
        EvaluationReport even = half("even");
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %8s %8s %8s%n", "F1 (tp/fp/fn all)", "all", "odd", "even"));
        Map<String, TypeCounts> a = types(), o = odd.types(), e = even.types();
        for (String k : a.keySet()) {
            TypeCounts c = a.get(k);
            sb.append(String.format(Locale.ROOT, "%-24s %8.3f %8.3f %8.3f%n",
                    k + " " + c.tp() + "/" + c.fp() + "/" + c.fn(), c.f1(), o.get(k).f1(), e.get(k).f1()));
        }
        TypeCounts m = micro();
        sb.append(String.format(Locale.ROOT, "%-24s %8.3f %8.3f %8.3f%n",
                "micro " + m.tp() + "/" + m.fp() + "/" + m.fn(), m.f1(), odd.micro().f1(), even.micro().f1()));
        sb.append(String.format(Locale.ROOT, "%-24s %8.3f %8.3f %8.3f%n", "micro precision",
                m.precision(), odd.micro().precision(), even.micro().precision()));
        sb.append(String.format(Locale.ROOT, "%-24s %8.3f %8.3f %8.3f%n", "micro recall",
                m.recall(), odd.micro().recall(), even.micro().recall()));
        sb.append(String.format(Locale.ROOT, "%-24s %8s %8s %8s%n", "p-value mention recall",
                fmt(pValueMentionRecall()), fmt(odd.pValueMentionRecall()), fmt(even.pValueMentionRecall())));
        sb.append(String.format(Locale.ROOT, "%-24s %8s %8s %8s%n", "p-value table recall",
                fmt(pValueTableRecall()), fmt(odd.pValueTableRecall()), fmt(even.pValueTableRecall())));
        sb.append(String.format(Locale.ROOT, "%-24s %8s %8s %8s%n", "arm attribution",
                fmt(armAttribution()), fmt(odd.armAttribution()), fmt(even.armAttribution())));
        sb.append(String.format(Locale.ROOT, "%-24s %8d %8d %8d%n", "documents",
                documents.size(), odd.documents().size(), even.documents().size()));
        for (String p : problems) sb.append("problem: ").append(p).append('\n');
        return sb.toString();
    }

    /** A fixed-width table: one row per type, the micro row, mention recall and arm attribution. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %9s %7s %7s%n",
                "type", "tp", "fp", "fn", "precision", "recall", "F1"));
        types().forEach((k, c) -> row(sb, k, c));
        row(sb, "micro", micro());
        sb.append(String.format(Locale.ROOT, "p-value mention recall: %s%n", fmt(pValueMentionRecall())));
        sb.append(String.format(Locale.ROOT, "p-value table recall:   %s%n", fmt(pValueTableRecall())));
        sb.append(String.format(Locale.ROOT, "arm attribution:        %s%n", fmt(armAttribution())));
        sb.append(String.format(Locale.ROOT, "documents: %d%n", documents.size()));
        for (String p : problems) sb.append("problem: ").append(p).append('\n');
        return sb.toString();
    }

    /** Per-document false negatives ({@code -}) and false positives ({@code +}) of one type key. */
    public String details(String typeKey) {
        StringBuilder sb = new StringBuilder();
        for (DocumentScore d : documents) {
            TypeResult r = d.types().get(typeKey);
            if (r == null) continue;
            TypeCounts c = r.counts();
            sb.append(String.format(Locale.ROOT, "== %s  %s: tp=%d fp=%d fn=%d%n", d.document(), typeKey,
                    c.tp(), c.fp(), c.fn()));
            for (String m : r.missed()) sb.append("  - missed   ").append(m).append('\n');
            for (String s : r.spurious()) sb.append("  + spurious ").append(s).append('\n');
        }
        return sb.toString();
    }

    /** Per-document matched facts of one type key whose predicted arm disagrees with the gold arm ({@code ~}). */
    public String armMisses(String typeKey) {
        StringBuilder sb = new StringBuilder();
        for (DocumentScore d : documents) {
            TypeResult r = d.types().get(typeKey);
            if (r == null || r.armMisses().isEmpty()) continue;
            sb.append(String.format(Locale.ROOT, "== %s  %s: %d of %d arms disagree%n", d.document(), typeKey,
                    r.armMisses().size(), r.armTotal()));
            for (String m : r.armMisses()) sb.append("  ~ arm      ").append(m).append('\n');
        }
        return sb.toString();
    }

    /** The JSON summary of {@code evaluate --json}: micro, types, p_value_mention_recall, arm_attribution. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        TypeCounts micro = micro();
        root.putObject("micro").put("precision", micro.precision()).put("recall", micro.recall())
                .put("f1", micro.f1());
        ObjectNode types = root.putObject("types");
        types().forEach((k, c) -> types.putObject(k).put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn())
                .put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1()));
        root.put("p_value_mention_recall", pValueMentionRecall());
        root.put("p_value_table_recall", pValueTableRecall());
        root.put("arm_attribution", armAttribution());
        return MAPPER.writeValueAsString(root);
    }

    private static void row(StringBuilder sb, String name, TypeCounts c) {
        sb.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %9.3f %7.3f %7.3f%n",
                name, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
    }

    private static String fmt(Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
