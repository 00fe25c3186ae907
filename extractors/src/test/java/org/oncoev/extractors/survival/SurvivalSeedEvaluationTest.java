package org.oncoev.extractors.survival;

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

/** Scores the survival extractor on the seed gold with the production readers; skips without ../shared. */
class SurvivalSeedEvaluationTest {

    @Test
    void survivalReachesTheSeedFloor() throws Exception {
        Path shared = SharedData.dir();
        Path gold = shared.resolve("eval/gold");
        Path seeds = shared.resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(gold) && Files.isDirectory(seeds), "../shared is absent");
        Evaluation evaluation = new Evaluation(new EvidenceExtraction(List.of(new SurvivalExtractor())),
                Evaluation::readDocument);
        EvaluationReport report = evaluation.evaluateCorpus(gold, seeds);
        System.out.println(report.details("survival"));
        TypeCounts survival = report.types().get("survival");
        assertTrue(report.problems().isEmpty(), "problems: " + report.problems());
        assertTrue(survival.f1() >= 0.85, "survival F1 " + survival.f1() + " below 0.85: " + survival);
        assertTrue(survival.precision() >= 0.9, "survival precision " + survival.precision() + ": " + survival);
    }
}
