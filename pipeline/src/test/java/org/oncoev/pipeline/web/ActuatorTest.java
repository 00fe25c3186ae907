package org.oncoev.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.ingest.GeneratedPapers;
import org.oncoev.pipeline.schedule.NightlyIngest;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code serve} exposes Spring Boot Actuator's health (with the database) and metrics over HTTP, also in Prometheus'
 * format, and after a scheduled ingest run the metrics hold Spring Batch's job, step, item and chunk timers with
 * their counts.
 */
class ActuatorTest {
    private static final int PAPERS = 3;

    @TempDir
    Path corpus;
    @TempDir
    Path home;

    @Test
    void healthAndBatchMetricsAfterAScheduledRun() throws Exception {
        GeneratedPapers.write(corpus, PAPERS);
        try (TestDatabase db = TestDatabase.create();
             ConfigurableApplicationContext ctx = OncoevContext.open(GlobalOptions.of(db.url(), home),
                     WebApplicationType.SERVLET, Map.of("server.port", 0, "server.address", "127.0.0.1",
                             "oncoev.schedule.cron", "* * * * * *", "oncoev.schedule.folders", corpus.toString()))) {
            NightlyIngest nightly = ctx.getBean(NightlyIngest.class);
            for (int i = 0; i < 600 && nightly.completedRuns() == 0; i++) Thread.sleep(100); // bounded wait, up to 60 s
            assertTrue(nightly.completedRuns() >= 1, nightly.lastOutcome());
            String base = "http://127.0.0.1:" + ServeCommand.port(ctx) + "/actuator";

            String health = get(base + "/health");
            assertEquals("UP", JsonPath.read(health, "$.status"), health);
            assertEquals("UP", JsonPath.read(health, "$.components.db.status"), health);

            List<String> names = JsonPath.read(get(base + "/metrics"), "$.names");
            for (String metric : List.of("spring.batch.job", "spring.batch.step", "spring.batch.item.read",
                    "spring.batch.item.process", "spring.batch.chunk.write")) {
                assertTrue(names.contains(metric), metric + " in " + names);
            }
            assertTrue(count(base, "spring.batch.job?tag=spring.batch.job.name:ingest") >= 1);
            assertTrue(count(base, "spring.batch.step?tag=spring.batch.step.name:ingest-files") >= 1);
            assertTrue(count(base, "spring.batch.step?tag=spring.batch.step.name:mark-gone") >= 1);
            assertTrue(count(base, "spring.batch.item.process") >= PAPERS, "each paper is one processed item");

            String prometheus = get(base + "/prometheus");
            assertTrue(prometheus.contains("spring_batch_job_seconds_count{"), prometheus);
            assertTrue(prometheus.contains("spring_batch_step_seconds_count{"), prometheus);
        }
    }

    /** The COUNT measurement of a metric (with tag filters in the query). */
    private static double count(String base, String metric) throws Exception {
        String json = get(base + "/metrics/" + metric);
        List<Double> counts = JsonPath.read(json, "$.measurements[?(@.statistic == 'COUNT')].value");
        assertEquals(1, counts.size(), json);
        return counts.get(0);
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return r.body();
    }
}
