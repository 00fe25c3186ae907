package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The progress bar's shape and the time-left clock. */
class IngestProgressTest {
    @ParameterizedTest
    @CsvSource({"0, 0:00", "59, 0:59", "61, 1:01", "3599, 59:59", "3600, 1:00:00", "7322, 2:02:02", "-5, 0:00"})
    void clock(long seconds, String expected) {
        assertEquals(expected, IngestProgress.clock(seconds));
    }

    @ParameterizedTest
    @CsvSource({"10, 0, 3, '[#########.....................] 3/10'", "4, 0, 4, '[##############################] 4/4'",
            "10, 5, 2, '[#####################.........] 7/10'"})
    void barOnTheTerminal(long total, long alreadyDone, long advance, String expectedStart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IngestProgress progress = new IngestProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 5000);
        progress.begin(total, alreadyDone);
        progress.advance(advance);
        progress.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r" + expectedStart), shown);
        assertTrue(shown.matches("(?s).*files/s\\s+\\S+ left\\s*\\n"), shown);
        assertTrue(progress.line().startsWith(expectedStart.substring(expectedStart.indexOf(']') + 2) + " files, "), progress.line());
    }

    @ParameterizedTest
    @CsvSource({"5, 2", "0, 0"})
    void noTerminalNoBar(long total, long advance) {
        IngestProgress progress = new IngestProgress(null, 5000);
        progress.begin(total, 0);
        progress.advance(advance);
        progress.finish();
        assertTrue(progress.line().startsWith(advance + "/" + total + " files"), progress.line());
    }
}
