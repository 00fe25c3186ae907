package org.oncoev.bench;

import java.util.Map;

/**
 * Warm-up that repeats a round of work until the JIT compilers have settled on it: until a round spends less
 * than {@link #SETTLED_SHARE} of its wall time compiling, or after {@link #MAX_ROUNDS} rounds. On a 2-core
 * machine a busy C2 compiler takes a core from whatever it overlaps, so a path measured before it settles is
 * measured slower than it runs.
 */
final class JitWarmUp {
    static final double SETTLED_SHARE = 0.10;
    static final int MAX_ROUNDS = 4;

    /** One round of warm-up work; {@code round} counts from 0, so each round can use inputs of its own. */
    interface Round {
        void run(int round) throws Exception;
    }

    /** Rounds run and the share of the last round's wall time the JIT spent compiling (null: not measurable). */
    record Result(int rounds, Double lastCompileShare) {
        Map<String, Object> asMap() {
            return BenchRunner.ordered("rounds", rounds, "last_round_compile_share",
                    lastCompileShare == null ? null : BenchRunner.round(lastCompileShare));
        }
    }

    private JitWarmUp() {}

    static Result untilSettled(Round work) throws Exception {
        Double share = null;
        int round = 0;
        while (round < MAX_ROUNDS) {
            var before = ProcessCpu.jitSeconds();
            long t = System.nanoTime();
            work.run(round++);
            double wall = (System.nanoTime() - t) / 1e9;
            var after = ProcessCpu.jitSeconds();
            if (before.isEmpty() || after.isEmpty() || wall <= 0) return new Result(round, null);
            share = (after.getAsDouble() - before.getAsDouble()) / wall;
            if (share < SETTLED_SHARE) break;
        }
        return new Result(round, share);
    }
}
