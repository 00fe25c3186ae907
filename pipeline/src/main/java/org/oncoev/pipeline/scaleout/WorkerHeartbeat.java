package org.oncoev.pipeline.scaleout;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This worker JVM's row in {@code ingest_workers}, refreshed every {@code interval} on a thread of its own and at
 * once when the worker starts or ends a partition; removed on {@link #close()}. A heartbeat that fails (database
 * away) is logged and retried at the next beat.
 */
public final class WorkerHeartbeat implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WorkerHeartbeat.class);

    private final WorkerRegistry registry;
    private final String id;
    private final String host;
    private final long pid;
    private final int threads;
    private final ScheduledExecutorService timer;
    private volatile Long working;

    public WorkerHeartbeat(WorkerRegistry registry, int threads, Duration interval) {
        this.registry = registry;
        this.host = hostName();
        this.pid = ManagementFactory.getRuntimeMXBean().getPid();
        this.threads = threads;
        this.id = host + ":" + pid + ":" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("worker-heartbeat"));
        registry.beat(id, host, pid, threads, null);
        long ms = Math.max(100, interval.toMillis());
        timer.scheduleWithFixedDelay(this::beat, ms, ms, TimeUnit.MILLISECONDS);
    }

    public String id() {
        return id;
    }

    /** Records that this worker now runs {@code stepExecutionId} (null: idle). */
    public void working(Long stepExecutionId) {
        working = stepExecutionId;
        beat();
    }

    private void beat() {
        try {
            registry.beat(id, host, pid, threads, working);
        } catch (RuntimeException e) {
            log.warn("worker heartbeat failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            registry.remove(id);
        } catch (RuntimeException e) {
            log.warn("worker: could not remove its row from ingest_workers: {}", e.toString());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
