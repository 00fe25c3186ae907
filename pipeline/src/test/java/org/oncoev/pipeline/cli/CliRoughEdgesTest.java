package org.oncoev.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.evaluate.EvaluateCommand;
import org.oncoev.pipeline.export.SmallCorpus;
import org.oncoev.pipeline.ingest.CliRun;

/**
 * Command-line behaviour scripts rely on: global options before or after the subcommand, {@code status} exiting
 * {@value StatusCommand#INDEX_DISAGREES} when the index and the database disagree, and {@code evaluate} exiting
 * {@value EvaluateCommand#NOTHING_PREDICTED} when nothing was predicted.
 */
class CliRoughEdgesTest {
    @Test
    void globalOptionsEitherSideAndStatusExitCodeFollowsIndexAgreement(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Path corpus = SmallCorpus.write(dir.resolve("corpus"));
        try (TestDatabase db = TestDatabase.create()) {
            CliRun ingest = CliRun.of("--db-url", db.url(), "--home", home.toString(), "ingest", "--show", "0", corpus.toString());
            assertEquals(0, ingest.code(), ingest.err());
            assertTrue(ingest.out().contains("2 new"), ingest.out());

            CliRun before = CliRun.of("--db-url", db.url(), "--home", home.toString(), "status");
            assertEquals(0, before.code(), before.err());
            assertTrue(before.out().contains("search index: agrees with the database"), before.out());
            CliRun mixed = CliRun.of("--home", home.toString(), "status", "--db-url", db.url());
            assertEquals(0, mixed.code(), mixed.err());
            assertEquals(before.out().lines().filter(l -> l.startsWith("documents:")).toList(),
                    mixed.out().lines().filter(l -> l.startsWith("documents:")).toList());
            CliRun wrongHome = CliRun.of("--home", dir.resolve("elsewhere").toString(), "status", "--db-url", db.url(),
                    "--home", home.toString());
            assertEquals(0, wrongHome.code(), "the option after the subcommand wins: " + wrongHome.out());

            deleteTree(home.resolve("index"));
            CliRun disagrees = CliRun.of("status", "--db-url", db.url(), "--home", home.toString());
            assertEquals(StatusCommand.INDEX_DISAGREES, disagrees.code(), disagrees.out());
            assertTrue(disagrees.out().contains("search index:") && !disagrees.out().contains("agrees with the database"),
                    disagrees.out());
            assertEquals(0, CliRun.of("reindex", "--db-url", db.url(), "--home", home.toString()).code());
            assertEquals(0, CliRun.of("status", "--db-url", db.url(), "--home", home.toString()).code(), "repaired");
        }
    }

    @Test
    void evaluateFailsWhenNothingWasPredicted(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("001_trial.json"), """
                {"document": "001_trial.txt", "cohorts": [{"size": 120, "arm": null}], "survival": [],
                 "p_values": [], "hazard_ratios": [], "doses": []}
                """);
        Path empty = Files.createDirectories(dir.resolve("predicted"));
        CliRun none = CliRun.of("evaluate", "--gold", gold.toString(), "--predicted", empty.toString());
        assertEquals(EvaluateCommand.NOTHING_PREDICTED, none.code(), none.out());
        assertTrue(none.out().contains("cohorts"), "the table is still printed: " + none.out());

        Files.writeString(empty.resolve("001_trial.json"), """
                {"document": "001_trial.txt", "cohorts": [{"size": 120, "arm": null}], "survival": [],
                 "p_values": [], "hazard_ratios": [], "doses": []}
                """);
        CliRun some = CliRun.of("evaluate", "--gold", gold.toString(), "--predicted", empty.toString());
        assertEquals(0, some.code(), some.out());
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
