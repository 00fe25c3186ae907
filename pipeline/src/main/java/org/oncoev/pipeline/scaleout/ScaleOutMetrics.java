package org.oncoev.pipeline.scaleout;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale-out gauges in the metrics {@code serve} exposes ({@code /actuator/metrics}, {@code /actuator/prometheus}),
 * about the latest scale-out ingest ({@link ScaleOutProgress}) whichever JVM runs it: {@code oncoev.scaleout.partitions}
 * with tag {@code state} = done, running, waiting (sent, no worker has started it) or failed (failed or stopped);
 * {@code oncoev.scaleout.files.planned} (its to-do list), {@code oncoev.scaleout.files.read} (read so far by its
 * partitions), {@code oncoev.scaleout.files.per.partition} and {@code oncoev.scaleout.workers.live}. The gauges
 * share one reading of the job repository, taken at most every {@code refresh}; a reading that fails (database
 * away) gives NaN until the next one succeeds.
 */
public final class ScaleOutMetrics implements MeterBinder {
    private static final Logger log = LoggerFactory.getLogger(ScaleOutMetrics.class);

    private final JdbcTemplate jdbc;
    private final WorkerRegistry workers;
    private final long refreshNanos;
    private ScaleOutProgress last;
    private long readAt;

    public ScaleOutMetrics(JdbcTemplate jdbc, Duration staleAfter, Duration refresh) {
        this.jdbc = jdbc;
        this.workers = new WorkerRegistry(jdbc, staleAfter);
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        partitions(registry, "done", ScaleOutProgress::done);
        partitions(registry, "running", ScaleOutProgress::running);
        partitions(registry, "waiting", ScaleOutProgress::waiting);
        partitions(registry, "failed", ScaleOutProgress::failed);
        gauge(registry, "oncoev.scaleout.files.planned", "files on the to-do list of the latest scale-out ingest",
                ScaleOutProgress::filesPlanned);
        gauge(registry, "oncoev.scaleout.files.read", "files its partitions have read so far", ScaleOutProgress::filesRead);
        gauge(registry, "oncoev.scaleout.files.per.partition", "planned files per partition",
                ScaleOutProgress::filesPerPartition);
        gauge(registry, "oncoev.scaleout.workers.live", "worker JVMs with a recent heartbeat", ScaleOutProgress::liveWorkers);
    }

    private void partitions(MeterRegistry registry, String state, ToDoubleFunction<ScaleOutProgress> value) {
        Gauge.builder("oncoev.scaleout.partitions", this, m -> m.read(value))
                .description("partitions of the latest scale-out ingest by state").tag("state", state).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<ScaleOutProgress> value) {
        Gauge.builder(name, this, m -> m.read(value)).description(description).register(registry);
    }

    /** {@code value} of the current reading, taken anew when older than the refresh interval; NaN when unreadable. */
    synchronized double read(ToDoubleFunction<ScaleOutProgress> value) {
        long now = System.nanoTime();
        if (last == null || now - readAt > refreshNanos) {
            try {
                last = ScaleOutProgress.latest(jdbc, workers);
            } catch (RuntimeException e) {
                log.debug("scale-out metrics: {}", e.toString());
                last = null;
            }
            readAt = now;
        }
        return last == null ? Double.NaN : value.applyAsDouble(last);
    }
}
