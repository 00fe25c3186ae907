package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.db.JobLock;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * While another session holds the batch lock (as a running ingest or extract does), {@code ingest} and
 * {@code extract} exit 1 at once with one line; once it is released, ingest runs.
 */
class BatchLockTest {
    @TempDir
    Path corpus;
    @TempDir
    Path home;

    @Test
    void overlappingRunsFailWithOneLine() throws Exception {
        GeneratedPapers.write(corpus, 2);
        try (TestDatabase db = TestDatabase.create()) {
            DriverManagerDataSource ds = new DriverManagerDataSource(db.url());
            try (JobLock held = JobLock.acquire(ds)) {
                assertTrue(JobLock.held(ds));
                for (String command : List.of("ingest", "extract")) {
                    CliRun run = CliRun.of(command, "--db-url", db.url(), "--home", home.toString(), corpus.toString());
                    assertEquals(1, run.code(), command + ": " + run.out());
                    assertEquals(1, run.err().strip().lines().count(), run.err());
                    assertTrue(run.err().contains("another ingest is running"), run.err());
                }
            }
            assertFalse(JobLock.held(ds));
            CliRun run = CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("2 new"), run.out());
            assertFalse(JobLock.held(ds), "the lock is released after the run");
        }
    }
}
