package org.oncoev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench --workers 2 --workers-only --json} on four generated papers against the local PostgreSQL (a
 * throwaway database) and RabbitMQ (a queue of the run's own), skipped when either is not reachable: both runs
 * store every paper and report a finite papers/s, and the ratio is judged among the targets against 1.7x, or
 * 0.85 x the ceiling the machine allows when that is below two. No
 * timing is asserted; the table's scale-out block and its verdict are checked on figures written here.
 */
class ScaleOutBenchTest {
    @Test
    void twoWorkersAgainstOneOnATinyCorpus() throws Exception {
        try (Connection ignored = DriverManager.getConnection(BenchSmokeTest.SERVER, "postgres", "")) {
            // reachable
        } catch (java.sql.SQLException e) {
            Assumptions.abort("PostgreSQL not reachable: " + e.getMessage());
        }
        CachingConnectionFactory broker = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            broker.createConnection().close();
        } catch (RuntimeException e) {
            Assumptions.abort("no RabbitMQ at 127.0.0.1:5672: " + e.getMessage());
        } finally {
            broker.destroy();
        }
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new BenchCommand()).execute("--json", "--in-process", "--workers", "2",
                    "--workers-only", "--workers-docs", "4", "--db-url", BenchSmokeTest.SERVER);
        } finally {
            System.setOut(originalOut);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        String json = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        JsonNode s = JsonMapper.builder().build().readTree(json).at("/scale_out");
        assertEquals(2, s.at("/workers").asInt());
        assertEquals(4, s.at("/files").asInt());
        for (String run : new String[] {"/one_worker", "/n_workers"}) {
            JsonNode papers = s.at(run + "/papers_s");
            assertTrue(papers.isNumber() && Double.isFinite(papers.asDouble()) && papers.asDouble() > 0, run + " in " + json);
            assertTrue(s.at(run + "/summary").asString().contains("4 new"), s.at(run + "/summary").asString());
        }
        assertEquals(2, s.at("/n_workers/worker_jvms").asInt());
        assertEquals(1.7, s.at("/target_ratio").asDouble());
        JsonNode target = null;
        for (JsonNode t : JsonMapper.builder().build().readTree(json).at("/targets")) {
            if (t.at("/name").asString().startsWith("scale-out")) target = t;
        }
        assertTrue(target != null, json);
        double ceiling = s.at("/ceiling").asDouble();
        assertTrue(ceiling > 0 && ceiling <= 2, json);
        assertTrue(s.at("/efficiency").asDouble() > 0, json);
        double goal = ceiling < 2 ? s.at("/machine_target_ratio").asDouble() : 1.7;
        assertTrue(target.at("/goal").asString().startsWith(">= " + goal + "x"), target.toString());
        assertEquals(s.at("/ratio").asDouble() >= goal, target.at("/met").asBoolean());
    }

    @ParameterizedTest(name = "ratio {0}, ceiling {1}: {2}")
    @CsvSource({"1.3, 1.4, met", "1.1, 1.4, NOT MET", "1.69, 2.0, NOT MET"})
    void aMachineThatCannotGiveNTimesTheCoresIsJudgedOnItsCeiling(double ratio, double ceiling, String verdict) {
        Map<String, Object> figures = Map.of("scale_out", BenchRunner.ordered("workers", 2, "files", 200,
                "partition_size", 25, "one_worker", BenchRunner.ordered("worker_jvms", 1, "papers_s", 10.0),
                "n_workers", BenchRunner.ordered("worker_jvms", 2, "papers_s", 10.0 * ratio), "ratio", ratio,
                "target_ratio", 1.7, "machine_cores", 2, "one_worker_cores", BenchRunner.round(2 / ceiling),
                "ceiling", ceiling, "ratio_of_ceiling", BenchRunner.round(ratio / ceiling),
                "machine_target_ratio", BenchRunner.round(0.85 * ceiling), "efficiency", 0.95));
        BenchTargets.Target target = BenchTargets.scaleOut(figures);
        assertEquals(verdict.equals("met"), target.met());
        if (ceiling < 2) {
            assertEquals(">= " + BenchRunner.round(0.85 * ceiling) + "x (0.85 x ceiling " + ceiling + ")", target.goal());
            assertTrue(target.note().startsWith("judged on what this machine allows"), target.note());
            assertTrue(BenchTable.render(figures).contains("ceiling on this machine: min(2 workers, 2 cores"),
                    BenchTable.render(figures));
        } else {
            assertEquals(">= 1.7x", target.goal());
        }
    }

    @ParameterizedTest(name = "ratio {0}: {1}")
    @CsvSource({"1.82, met", "1.7, met", "1.41, NOT MET"})
    void theTableJudgesTheRatio(double ratio, String verdict) {
        Map<String, Object> figures = Map.of("scale_out", BenchRunner.ordered("workers", 2, "files", 200,
                "partition_size", 25, "one_worker", BenchRunner.ordered("worker_jvms", 1, "papers_s", 10.0),
                "n_workers", BenchRunner.ordered("worker_jvms", 2, "papers_s", 20.0), "ratio", ratio, "target_ratio", 1.7));
        String table = BenchTable.render(figures);
        assertTrue(table.contains("target: scale-out: 2 worker JVMs / one, papers/s >= 1.7x: measured " + ratio
                + "x (20.0 / 10.0), " + verdict + "\n"), table);
        assertTrue(table.contains("2 worker JVM(s):"), table);
        BenchTargets.Target target = BenchTargets.scaleOut(figures);
        assertEquals(verdict.equals("met"), target.met());
        assertEquals("not measured (--workers 2)", BenchTargets.scaleOut(Map.of()).verdict());
    }
}
