package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.gold.Evaluation;
import org.oncoev.extractors.gold.EvaluationReport;
import org.oncoev.extractors.gold.SharedData;
import org.oncoev.extractors.gold.TypeCounts;

/** Scores the dose extractor on the seed gold with the production document readers; skips without ../shared. */
class DoseSeedEvaluationTest {

    @Test
    void dosesReachTheSeedFloor() throws Exception {
        Path shared = SharedData.dir();
        Path gold = shared.resolve("eval/gold");
        Path seeds = shared.resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(gold) && Files.isDirectory(seeds), "../shared is absent");
        Evaluation evaluation = new Evaluation(new EvidenceExtraction(List.of(new DoseExtractor())),
                Evaluation::readDocument);
        EvaluationReport report = evaluation.evaluateCorpus(gold, seeds);
        System.out.println(report.details("doses"));
        TypeCounts doses = report.types().get("doses");
        assertTrue(report.problems().isEmpty(), "problems: " + report.problems());
        assertTrue(doses.f1() >= 0.85, "dose F1 " + doses.f1() + " below 0.85: " + doses);
    }
}
