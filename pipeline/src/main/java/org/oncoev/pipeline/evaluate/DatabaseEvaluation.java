package org.oncoev.pipeline.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.EvaluationReport;
import org.oncoev.extractors.gold.Evaluation;
import org.oncoev.extractors.gold.EvidenceDocument;
import org.oncoev.extractors.gold.EvidenceExporter;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.db.ReadOnlyDatabase;

/**
 * Scores the database's latest extraction run against gold: each current document's stored findings are
 * exported in memory with {@link EvidenceExporter} (the shape {@code export --format json} writes) and
 * matched to the gold file naming the same document.
 */
final class DatabaseEvaluation {
    private DatabaseEvaluation() {}

    static EvaluationReport evaluate(GlobalOptions global, Path gold) throws IOException {
        Map<String, List<Finding>> findings;
        try (ReadOnlyDatabase db = OncoevContext.openReadOnly(global)) {
            findings = LatestRunFindings.load(db.jdbc());
        }
        return Evaluation.compareDocuments(gold, exportAll(findings), "the database");
    }

    static Map<String, EvidenceDocument> exportAll(Map<String, List<Finding>> findings) {
        EvidenceExporter exporter = new EvidenceExporter();
        Map<String, EvidenceDocument> out = new LinkedHashMap<>();
        findings.forEach((name, list) -> out.put(name, exporter.export(name, list)));
        return out;
    }
}
