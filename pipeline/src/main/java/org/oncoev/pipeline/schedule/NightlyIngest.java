package org.oncoev.pipeline.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.oncoev.pipeline.ingest.IngestJobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled ingest of {@code serve}: on the cron expression {@code oncoev.schedule.cron} (default
 * {@code 0 0 2 * * *}, 02:00 in the server's time zone unless {@code oncoev.schedule.zone} names one) it ingests the
 * folders of {@code oncoev.schedule.folders} (a YAML list or a comma-separated string) exactly as {@code oncoev ingest}
 * does, under the same database lock: when another ingest or extract holds it, this run is skipped with a log line.
 * Failures are logged on one line and never stop the server; the next run continues a failed one.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "oncoev.schedule.enabled", havingValue = "true", matchIfMissing = true)
public class NightlyIngest {
    private static final Logger log = LoggerFactory.getLogger(NightlyIngest.class);

    private final IngestJobRunner runner;
    private final Environment environment;
    private final AtomicInteger completed = new AtomicInteger();
    private volatile String lastOutcome = "not run yet";

    public NightlyIngest(IngestJobRunner runner, Environment environment) {
        this.runner = runner;
        this.environment = environment;
    }

    /** One scheduled run; returns nothing, logs its outcome. */
    @Scheduled(cron = "${oncoev.schedule.cron:0 0 2 * * *}", zone = "${oncoev.schedule.zone:}")
    public void run() {
        List<Path> folders = existingFolders();
        if (folders.isEmpty()) {
            lastOutcome = "skipped: no existing folder in oncoev.schedule.folders";
            log.info("scheduled ingest {}", lastOutcome);
            return;
        }
        try {
            IngestJobRunner.Result result = runner.run(folders);
            lastOutcome = "job execution " + result.jobExecutionId() + " " + result.status() + ": " + result.counts().summary();
            completed.incrementAndGet();
            log.info("scheduled ingest {}", lastOutcome);
        } catch (RuntimeException e) {
            lastOutcome = "failed: " + OneLineErrors.describe(e);
            log.warn("scheduled ingest {}", lastOutcome);
        }
    }

    /** Runs that completed since the server started. */
    public int completedRuns() {
        return completed.get();
    }

    /** One line: what the last run did. */
    public String lastOutcome() {
        return lastOutcome;
    }

    /** The configured folders that exist; missing ones are logged and left out. */
    List<Path> existingFolders() {
        List<String> configured = Binder.get(environment).bind("oncoev.schedule.folders", Bindable.listOf(String.class))
                .orElse(List.of());
        List<Path> folders = new ArrayList<>();
        for (String f : configured) {
            if (f == null || f.isBlank()) continue;
            Path p = Path.of(f.strip());
            if (Files.isDirectory(p)) folders.add(p);
            else log.warn("scheduled ingest: not a folder, left out: {}", p);
        }
        return folders;
    }
}
