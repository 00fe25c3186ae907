package org.oncoev.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Child-process start-up timing: samples per run, medians, and a failing command stopping the measurement. */
class StartupTimingTest {
    @TempDir
    Path dir;

    @Test
    void medianIsTheMiddleSampleOrTheLowerOfTheTwoMiddleOnes() {
        assertEquals(5, StartupTiming.median(List.of(9L, 5L, 1L)));
        assertEquals(3, StartupTiming.median(List.of(8L, 3L, 1L, 4L)));
        assertEquals(7, StartupTiming.median(List.of(7L)));
    }

    @Test
    void measuresEachRunOfTheCommandAsAChildProcess() throws Exception {
        List<String> command = StartupTiming.oncoev(dir, "--version"); // no launcher in dir: java on this class path
        assertTrue(command.get(0).endsWith("java"), command.toString());
        StartupTiming.Result r = StartupTiming.measure(command, Map.of(), 1, 3, 120);
        assertEquals(3, r.wallMillis().size());
        assertEquals(3, r.cpuMillis().size());
        assertTrue(r.wallMillis().contains(r.medianWallMillis()), r.toString());
        assertTrue(r.medianCpuMillis() == -1 || r.cpuMillis().contains(r.medianCpuMillis()), r.toString());
        assertTrue(r.summary().startsWith("median " + r.medianWallMillis() + " ms wall (3 runs: "), r.summary());
    }

    @Test
    void aRunThatFailsStopsTheMeasurementWithItsExitCode() {
        List<String> command = StartupTiming.oncoev(dir, "status", "--home", dir.toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/none?user=postgres");
        IOException e = assertThrows(IOException.class, () -> StartupTiming.measure(command, Map.of(), 0, 2, 120));
        assertTrue(e.getMessage().endsWith("exited with 1"), e.getMessage());
    }
}
