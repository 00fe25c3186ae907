package org.oncoev.extractors.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed floor for the extractors this package's owner maintains; skipped when ../shared is absent. */
class SeedEvaluationTest {

    @Test
    void pValuesAndHazardRatiosReachTheFloorOnTheSeeds() throws IOException {
        Path shared = SharedData.dir();
        Path gold = shared.resolve("eval/gold");
        Path seeds = shared.resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(gold) && Files.isDirectory(seeds), "../shared absent");
        EvaluationReport report = Evaluation.withDefaults().evaluateCorpus(gold, seeds);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        double p = report.types().get("p_values").f1();
        double hr = report.types().get("hazard_ratios").f1();
        assertTrue(p >= 0.85, "p_values F1 " + p + "\n" + report.details("p_values"));
        assertTrue(hr >= 0.85, "hazard_ratios F1 " + hr + "\n" + report.details("hazard_ratios"));
        assertTrue(report.pValueMentionRecall() >= 0.85, "mention recall " + report.pValueMentionRecall());
    }
}
