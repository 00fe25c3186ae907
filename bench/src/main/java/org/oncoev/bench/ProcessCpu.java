package org.oncoev.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * CPU time of this JVM and of a local PostgreSQL server (its postmaster and every backend, live or already
 * reaped), read from {@code /proc}: what a run cost each side, since on a shared machine both compete for the
 * same cores. Linux only; anything unreadable gives an empty value rather than a failure.
 */
final class ProcessCpu {
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {}

    /** CPU seconds this JVM has used, or empty when the platform does not tell. */
    static OptionalDouble jvmSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) return OptionalDouble.of(nanos / 1e9);
        }
        return OptionalDouble.empty();
    }

    /**
     * Seconds the JIT compilers have spent compiling so far (the JVM's own count, which keeps the time of compiler
     * threads that have exited), or empty when the JVM does not tell.
     */
    static OptionalDouble jitSeconds() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported()
                ? OptionalDouble.of(jit.getTotalCompilationTime() / 1000.0) : OptionalDouble.empty();
    }

    /**
     * CPU seconds of the garbage collector's live threads ({@code gc}), from /proc/self/task; empty when /proc
     * cannot be read. (Compiler threads come and go, so the JIT is counted by {@link #jitSeconds} instead.)
     */
    static Map<String, Double> jvmInternalSeconds() {
        return threadSeconds("self", comm -> comm.startsWith("GC Thread") || comm.startsWith("G1 ")
                || comm.startsWith("VM Thread") ? "gc" : null);
    }

    /**
     * CPU seconds of the live threads of process {@code pid} ("self": this JVM), summed by the group {@code kind}
     * gives each thread name ({@code /proc/PID/task/TID/comm}; null: not counted); empty when /proc cannot be read.
     */
    static Map<String, Double> threadSeconds(String pid, Function<String, String> kind) {
        Map<String, Double> out = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", pid, "task"))) {
            for (Path task : tasks.toList()) {
                String comm;
                try {
                    comm = Files.readString(task.resolve("comm")).strip();
                } catch (IOException e) {
                    continue;
                }
                String group = kind.apply(comm);
                long[] t = group == null ? null : times(task.resolve("stat"));
                if (t != null) out.merge(group, (t[0] + t[1]) / TICKS_PER_SECOND, Double::sum);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /** The postmaster's pid from the first {@code postmaster.pid} under {@code dir} (a data folder), or -1. */
    static long postmasterUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, 3)) {
            Path pidFile = walk.filter(p -> p.getFileName().toString().equals("postmaster.pid")).findFirst().orElse(null);
            if (pidFile == null) return -1;
            return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU seconds used so far by the postmaster {@code pid}, its reaped children and its live children (the
     * backends of open connections, the writer and checkpointer); empty when /proc cannot be read.
     */
    static OptionalDouble postgresSeconds(long pid) {
        if (pid <= 0) return OptionalDouble.empty();
        long[] own = times(Path.of("/proc", Long.toString(pid), "stat"));
        if (own == null) return OptionalDouble.empty();
        long ticks = own[0] + own[1] + own[2] + own[3];
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Path> stats = procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> p.resolve("stat")).toList();
            for (Path stat : stats) {
                long[] t = times(stat);
                if (t != null && t[4] == pid) ticks += t[0] + t[1];
            }
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(ticks / TICKS_PER_SECOND);
    }

    /** utime, stime, cutime, cstime and ppid of a /proc/PID/stat file, or null. */
    static long[] times(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" "); // fields after "pid (comm) ", from state on
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]),
                    Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
