package org.oncoev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gap to the bound adds up to the run's wall time; the twin folder holds the same papers under new bytes. */
class BoundGapTest {
    @ParameterizedTest(name = "wall {0} s, jvm {1}, postgres {2}: stage work {3}, extra {4}, idle {5}")
    @CsvSource({
            "2.0, 3.2, 0.3, 1.5, 0.25, 0.25", // both cores partly idle and some work beyond the stages
            "1.5, 2.8, 0.2, 1.5, 0.0, 0.0",   // exactly the bound: no extra work, no idle core
            "4.0, 3.0, 0.0, 1.5, 0.0, 2.5",   // only the stages' work, but mostly one core busy
    })
    void wallTimeSplitsIntoStageWorkExtraWorkAndIdleCores(double wall, double jvm, double postgres, double fromWork,
                                                          double fromExtra, double fromIdle) {
        StageCeilings.Bound bound = StageCeilings.bound(1.0, 1.2, 0.4, 0.4, 2); // 3.0 CPU-s of stage work, 1.5 s
        Map<String, Object> gap = BoundGap.of(wall, 2, bound,
                BenchRunner.ordered("cpu_seconds", BenchRunner.ordered("jvm", jvm, "postgres", postgres, "jvm_gc", 0.1)));
        assertEquals(fromWork, (double) gap.get("wall_from_stage_work"), 1e-9);
        assertEquals(fromExtra, (double) gap.get("wall_from_extra_work"), 1e-9);
        assertEquals(fromIdle, (double) gap.get("wall_from_idle_cores"), 1e-9);
        assertEquals(wall, fromWork + fromExtra + fromIdle, 1e-9);
        assertEquals(0.1, (double) gap.get("of_which_gc"), 1e-9);
    }

    @Test
    void unknownJvmCpuGivesNoBreakdown() {
        assertTrue(BoundGap.of(1, 2, StageCeilings.bound(1, 1, 1, 1, 2), Map.of()).isEmpty());
    }

    @Test
    void twinHoldsEveryFileWithOneMoreNewline(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(folder.resolve("a.txt"), "Median overall survival was 12.1 months.");
        Files.write(folder.resolve("b.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Path twin = TwinFolder.of(folder);
        assertEquals(dir.resolve("papers-twin"), twin);
        assertEquals("Median overall survival was 12.1 months.\n", Files.readString(twin.resolve("a.txt")));
        assertEquals(5, Files.size(twin.resolve("b.pdf")));
    }
}
