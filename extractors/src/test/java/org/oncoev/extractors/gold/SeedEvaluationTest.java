package org.oncoev.extractors.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed floor of issue 3, scored as {@code evaluate --corpus} does (production readers and extractor set, one
 * run for all assertions): micro F1 >= 0.90 and every type >= 0.85. Skipped when ../shared is absent.
 */
class SeedEvaluationTest {
    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() throws IOException {
        Path shared = SharedData.dir();
        Path gold = shared.resolve("eval/gold");
        Path seeds = shared.resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(gold) && Files.isDirectory(seeds), "../shared absent");
        report = Evaluation.withDefaults().evaluateCorpus(gold, seeds);
    }

    @Test
    void microF1AndMentionRecallReachTheFloor() {
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertTrue(report.micro().f1() >= 0.90, "micro F1 " + report.micro().f1() + "\n" + report.toTable());
        assertTrue(report.pValueMentionRecall() >= 0.85, "mention recall " + report.pValueMentionRecall());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cohorts", "survival", "p_values", "hazard_ratios", "doses"})
    void everyTypeReachesTheFloor(String type) {
        TypeCounts counts = report.types().get(type);
        assertTrue(counts.f1() >= 0.85, type + " F1 " + counts.f1() + "\n" + report.details(type));
    }

    @Test
    void survivalPrecisionStaysHigh() {
        TypeCounts survival = report.types().get("survival");
        assertTrue(survival.precision() >= 0.9, "survival precision " + survival.precision() + ": " + survival);
    }
}
