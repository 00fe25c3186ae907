package org.oncoev.pipeline.evaluate;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.ExclusionReason;
import org.oncoev.extractors.gold.Evaluation;
import org.oncoev.extractors.gold.EvaluationReport;

/**
 * Counts, for {@code evaluate --corpus}, the characters each evaluated document excluded from evidence per reason,
 * and renders them for all documents or one half of the fixed split ({@link EvaluationReport#isOddHalf}).
 * {@link #load} is the evaluation's document loader. Thread-safe.
 */
final class ExclusionTally {
    private final Map<String, Map<ExclusionReason, Integer>> byDocument = new LinkedHashMap<>();

    /** Reads {@code file} as the evaluation does and records its exclusions. */
    Document load(Path file) throws Exception {
        Document d = Evaluation.readDocument(file);
        synchronized (byDocument) {
            byDocument.put(d.fileName(), d.exclusions().charsByReason());
        }
        return d;
    }

    /**
     * {@code excluded from evidence (all, 39 documents): 9,291 chars (funding 7,668, furniture 981, ...)}; {@code half}
     * null for all documents, else {@code odd} or {@code even}.
     */
    String line(String half) {
        Map<ExclusionReason, Long> sum = new EnumMap<>(ExclusionReason.class);
        int docs = 0;
        synchronized (byDocument) {
            for (Map.Entry<String, Map<ExclusionReason, Integer>> e : byDocument.entrySet()) {
                if (half != null && EvaluationReport.isOddHalf(e.getKey()) != half.equalsIgnoreCase("odd")) continue;
                docs++;
                e.getValue().forEach((r, c) -> sum.merge(r, (long) c, Long::sum));
            }
        }
        long total = sum.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder reasons = new StringBuilder();
        sum.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).forEach(e -> {
            if (reasons.length() > 0) reasons.append(", ");
            reasons.append(e.getKey().dbName()).append(' ').append(String.format("%,d", e.getValue()));
        });
        return String.format("excluded from evidence (%s, %d documents): %,d chars%s", half == null ? "all" : half, docs,
                total, reasons.length() == 0 ? "" : " (" + reasons + ")");
    }

    boolean isEmpty() {
        synchronized (byDocument) {
            return byDocument.isEmpty();
        }
    }
}
