package org.oncoev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.oncoev.pipeline.cli.OncoevCommand;
import picocli.CommandLine;

/** With the bench module on the class path, the pipeline's command line offers {@code bench} (found by ServiceLoader). */
class BenchDiscoveryTest {
    @Test
    void theOncoevCommandLineFindsBench() {
        CommandLine bench = OncoevCommand.commandLine().getSubcommands().get("bench");
        assertInstanceOf(BenchCommand.class, bench.getCommand());
        // global options given before the subcommand reach it, as for the product's own subcommands
        CommandLine.ParseResult parsed = OncoevCommand.commandLine().parseArgs("--db-url", "jdbc:postgresql://h/db", "bench", "--quick");
        assertTrue(parsed.hasSubcommand());
        assertEquals("bench", parsed.subcommand().commandSpec().name());
    }
}
