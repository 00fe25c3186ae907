package org.oncoev.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time of a command as a user sees it: the command (say {@code ./oncoev status --home H}) runs as a child
 * process {@code runs} times after {@code warmUps} unmeasured runs (the first run of a build writes the class-data
 * sharing archive), one after the other, with its output discarded; the result holds each run's wall time, the
 * children's CPU time where Linux tells it ({@code /proc/self/stat}, else -1), and their medians. A run that exits
 * non-zero or outlives {@code timeoutSeconds} stops the measurement with an {@link IOException} naming its exit code.
 * For {@code bench}; not thread-safe across concurrent calls (CPU is read from the process's children totals).
 */
public final class StartupTiming {
    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on every Linux this runs on

    private StartupTiming() {}

    /** Wall and CPU milliseconds per measured run, in run order, and their medians. */
    public record Result(List<Long> wallMillis, List<Long> cpuMillis, long medianWallMillis, long medianCpuMillis) {
        /** {@code "median 812 ms wall (5 runs: 790-1020), 640 ms CPU"} */
        public String summary() {
            long min = wallMillis.stream().mapToLong(Long::longValue).min().orElse(0);
            long max = wallMillis.stream().mapToLong(Long::longValue).max().orElse(0);
            return "median " + medianWallMillis + " ms wall (" + wallMillis.size() + " runs: " + min + "-" + max + ")"
                    + (medianCpuMillis < 0 ? "" : ", " + medianCpuMillis + " ms CPU");
        }
    }

    /**
     * The command that runs oncoev as users do: {@code <root>/oncoev args...} (the launcher, with its JIT options
     * and class-data sharing archive) when that script exists, else this JVM's java with this JVM's jar
     * ({@code -jar}, when the class path is one jar, as in a Spring Boot jar) or class path (tests).
     */
    public static List<String> oncoev(Path root, String... args) {
        List<String> command = new ArrayList<>();
        Path launcher = root.resolve("oncoev");
        String classPath = System.getProperty("java.class.path");
        if (Files.isExecutable(launcher)) {
            command.add(launcher.toString());
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1"));
            boolean oneJar = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator);
            command.addAll(oneJar ? List.of("-jar", classPath) : List.of("-cp", classPath, "org.oncoev.pipeline.Main"));
        }
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Runs {@code command} with {@code env} added, {@code warmUps} times unmeasured and then {@code runs} times. */
    public static Result measure(List<String> command, Map<String, String> env, int warmUps, int runs,
                                 long timeoutSeconds) throws IOException, InterruptedException {
        if (runs < 1 || warmUps < 0) throw new IllegalArgumentException("runs >= 1 and warmUps >= 0");
        for (int i = 0; i < warmUps; i++) runOnce(command, env, timeoutSeconds);
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long cpuBefore = childrenCpuMillis();
            long start = System.nanoTime();
            runOnce(command, env, timeoutSeconds);
            wall.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            long cpuAfter = childrenCpuMillis();
            cpu.add(cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
        }
        return new Result(List.copyOf(wall), List.copyOf(cpu), median(wall), cpu.contains(-1L) ? -1 : median(cpu));
    }

    private static void runOnce(List<String> command, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
        }
        if (p.exitValue() != 0) throw new IOException(String.join(" ", command) + " exited with " + p.exitValue());
    }

    /** The middle value (the lower of the two middle ones for an even count). */
    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /**
     * User plus system CPU of this process's waited-for children so far ({@code cutime + cstime}, fields 16 and 17
     * of {@code /proc/self/stat}), in milliseconds; -1 where there is no such file.
     */
    static long childrenCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the command name (field 2) may hold spaces: fields are counted after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]); // fields 16 and 17, counted from field 3
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
