package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.gold.Evaluation;
import org.oncoev.extractors.gold.EvaluationReport;
import org.oncoev.extractors.gold.SharedData;
import org.oncoev.extractors.gold.TypeCounts;

/**
 * Scores the cohort extractor (with arm detection and document checks) on the seed gold through the corpus
 * readers, as {@code evaluate} does; skips without ../shared.
 */
class CohortSeedEvaluationTest {

    @Test
    void cohortsReachTheSeedFloor() throws Exception {
        Path shared = SharedData.dir();
        Path gold = shared.resolve("eval/gold");
        Path seeds = shared.resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(gold) && Files.isDirectory(seeds), "../shared is absent");
        EvidenceExtraction extraction = new EvidenceExtraction(List.of(new CohortExtractor()));
        Evaluation evaluation = new Evaluation(extraction, file -> DocumentReaders.forFile(file.toString())
                .orElseThrow().read(file.getFileName().toString(), Files.readAllBytes(file)));
        EvaluationReport report = evaluation.evaluateCorpus(gold, seeds);
        System.out.println(report.details("cohorts"));
        System.out.println("arm attribution: " + report.armAttribution());
        TypeCounts cohorts = report.types().get("cohorts");
        double f1 = f1(cohorts);
        System.out.println("cohorts " + cohorts + " f1=" + f1);
        assertTrue(f1 >= 0.85, "cohort F1 " + f1 + " below 0.85: " + cohorts);
    }

    private static double f1(TypeCounts c) {
        int denom = 2 * c.tp() + c.fp() + c.fn();
        return denom == 0 ? 1.0 : 2.0 * c.tp() / denom;
    }
}
