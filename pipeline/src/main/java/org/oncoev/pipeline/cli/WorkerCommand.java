package org.oncoev.pipeline.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncoev.pipeline.scaleout.WorkerHeartbeat;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oncoev worker}: a long-running worker JVM of a scale-out ingest. It takes partition requests from the broker
 * one at a time, runs the ingest processor and writer over each partition's files into PostgreSQL, and runs until
 * stopped (SIGTERM or Ctrl-C: a partition in progress is left to the broker, which gives it to another worker).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run a scale-out ingest worker until stopped: it takes partitions of `oncoev ingest DIR... "
                + "--workers N` from the broker (oncoev.broker.*, default 127.0.0.1:5672 guest/guest) and stores "
                + "their papers in the database (no search index; the manager indexes).",
                "It must see the ingested folders at the same paths as the manager."})
public class WorkerCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads of this worker (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> props = new HashMap<>();
        props.put("oncoev.scale-out.role", "worker");
        if (threads != null) {
            if (threads < 1) throw new OncoevException("--threads must be at least 1");
            props.put("oncoev.ingest.threads", threads);
        }
        // each extraction thread looks up content hashes while the step writes: a connection each, plus the step's,
        // the partition claim's and the heartbeat's
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        props.put("spring.datasource.hikari.maximum-pool-size", Math.max(8, n + 4));
        try (ConfigurableApplicationContext ctx = OncoevContext.open(global, WebApplicationType.NONE, props)) {
            WorkerHeartbeat heartbeat = ctx.getBean(WorkerHeartbeat.class);
            System.out.println("worker " + heartbeat.id() + " waiting for partitions (stop with Ctrl-C)");
            System.out.flush();
            while (ctx.isActive()) Thread.sleep(500);
            return 0;
        }
    }
}
