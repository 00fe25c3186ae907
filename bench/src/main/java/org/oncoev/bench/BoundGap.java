package org.oncoev.bench;

import java.util.Map;
import static org.oncoev.bench.BenchRunner.ordered;
import static org.oncoev.bench.BenchRunner.round;

/**
 * Where an end-to-end run's wall time beyond the bound of its stages goes. The run had {@code wall x cores}
 * core-seconds; the JVM and PostgreSQL used some of them, the rest the run left idle (its start, waits, the tail
 * after the processing threads finish). Of what they used, the stages alone account for the bound's work; the rest
 * is work the stages alone do not do (JIT, GC, the job repository, hashing and lookups, metadata). So
 * {@code wall = work / cores + idle / cores + extra / cores}, each term in seconds of wall time.
 */
final class BoundGap {
    private BoundGap() {}

    /**
     * The breakdown for a run of {@code wallSeconds} on {@code cores} against {@code bound}, from the timed run's
     * {@code cpu_seconds} map in {@code ingested} ({@code jvm}, {@code postgres}, {@code jvm_gc}, {@code jvm_jit}; a
     * missing PostgreSQL figure counts as 0). Empty when the JVM's CPU is unknown.
     */
    static Map<String, Object> of(double wallSeconds, int cores, StageCeilings.Bound bound, Map<String, Object> ingested) {
        Map<?, ?> cpu = ingested.get("cpu_seconds") instanceof Map<?, ?> m ? m : Map.of();
        Double jvm = number(cpu.get("jvm"));
        if (jvm == null || cores <= 0) return Map.of();
        double postgres = orZero(number(cpu.get("postgres")));
        double used = jvm + postgres;
        double idle = Math.max(0, wallSeconds * cores - used);
        double extra = used - bound.workSeconds();
        return ordered("wall_seconds", round(wallSeconds), "bound_seconds", round(bound.seconds()),
                "stage_work_cpu_seconds", round(bound.workSeconds()), "used_cpu_seconds", round(used),
                "extra_work_cpu_seconds", round(extra), "of_which_gc", round(orZero(number(cpu.get("jvm_gc")))),
                "of_which_jit", round(orZero(number(cpu.get("jvm_jit")))), "idle_core_seconds", round(idle),
                "wall_from_stage_work", round(bound.workSeconds() / cores), "wall_from_extra_work", round(extra / cores),
                "wall_from_idle_cores", round(idle / cores));
    }

    private static Double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }
}
