package org.oncoev.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.oncoev.pipeline.cli.StartupTiming;

/**
 * Start-up of a read-only command as a user meets it (issue 17): {@code ./oncoev status} on a fresh embedded home,
 * run through the launcher named by {@code ONCOEV_LAUNCHER} (which {@code ./oncoev} exports), so its JIT options and
 * class-data sharing archive count; two unmeasured runs first (the first creates the database and the archive),
 * then {@value #RUNS} measured ones. Without a launcher the figure is left out with the reason, never measured on a
 * stand-in.
 */
final class StartupBench {
    static final int RUNS = 5;

    private StartupBench() {}

    /** {@code status_ms} (median wall), {@code status_cpu_ms}, {@code runs_ms}; or {@code skipped} with the reason. */
    static Map<String, Object> measure(Path work, String launcher) {
        if (launcher == null || launcher.isBlank() || !Files.isExecutable(Path.of(launcher))) {
            return BenchRunner.ordered("skipped", "not run through ./oncoev (ONCOEV_LAUNCHER unset)");
        }
        Path root = Path.of(launcher).toAbsolutePath().getParent();
        List<String> status = StartupTiming.oncoev(root, "status", "--home", work.resolve("startup-home").toString());
        try {
            // the child must not attach to a database the bench itself named
            StartupTiming.Result r = StartupTiming.measure(status, Map.of("ONCOEV_DB_URL", ""), 2, RUNS, 300);
            return BenchRunner.ordered("status_ms", r.medianWallMillis(), "status_cpu_ms", r.medianCpuMillis(),
                    "runs_ms", r.wallMillis());
        } catch (Exception e) {
            return BenchRunner.ordered("skipped", "status failed: " + e.getMessage());
        }
    }
}
