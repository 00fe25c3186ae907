package org.oncoev.pipeline.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code serve} with a cron of every second ingests the configured folder by itself; batch commands never schedule. */
class ScheduledIngestTest {
    private static final String PAPER = """
            # Weekly paclitaxel after surgery for high-risk endometrial cancer

            ## Results

            We enrolled 140 patients. The median disease-free survival was 41.2 months (95% CI, 35.0-47.9) and the
            3-year overall survival rate was 78.5% (P = .03).
            """;

    @TempDir
    Path corpus;
    @TempDir
    Path home;

    @Test
    void serveRunsTheIngestOnItsCron() throws Exception {
        Files.writeString(corpus.resolve("endometrial.md"), PAPER);
        try (TestDatabase db = TestDatabase.create()) {
            GlobalOptions global = GlobalOptions.of(db.url(), home);
            try (ConfigurableApplicationContext ctx = OncoevContext.open(global, WebApplicationType.SERVLET, Map.of(
                    "server.port", 0, "server.address", "127.0.0.1",
                    "oncoev.schedule.cron", "* * * * * *", "oncoev.schedule.folders", corpus.toString()))) {
                NightlyIngest nightly = ctx.getBean(NightlyIngest.class);
                for (int i = 0; i < 600 && nightly.completedRuns() == 0; i++) Thread.sleep(100); // bounded wait, up to 60 s
                assertTrue(nightly.completedRuns() >= 1, nightly.lastOutcome());
                JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
                assertEquals(1L, jdbc.queryForObject("SELECT count(*) FROM documents WHERE current", Long.class));
                assertTrue(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i "
                        + "ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'ingest' AND e.status = 'COMPLETED'",
                        Long.class) >= 1);
            }
            try (ConfigurableApplicationContext batch = OncoevContext.open(global)) {
                assertTrue(batch.getBeansOfType(NightlyIngest.class).isEmpty(), "no schedule outside serve");
            }
        }
    }
}
