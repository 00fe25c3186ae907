package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    /** The periodic log line and the bar share stderr: as a terminal shows it, no line holds both. */
    @Test
    void logLineNeverSharesTheBarsLine() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            System.setErr(terminal); // logback's console appender writes to whatever System.err is now
            IngestProgress progress = new IngestProgress(terminal, 100);
            progress.begin(6, 0);
            for (int i = 0; i < 5; i++) {
                Thread.sleep(120);
                progress.advance(1);
            }
            progress.finish();
        } finally {
            System.setErr(saved);
        }
        List<String> lines = shownLines(bytes.toString(StandardCharsets.UTF_8));
        long logLines = lines.stream().filter(l -> l.contains("ingest: ") && l.contains("files/s")).count();
        assertTrue(logLines >= 3, "periodic log lines were written: " + lines);
        for (String line : lines) {
            assertTrue(!(line.contains("ingest: ") && line.contains("[")), "log line on the bar's line: '" + line + "'");
        }
        assertTrue(lines.get(lines.size() - 1).contains("ingest: 5/6 files"), lines.toString());
    }

    /** The lines a terminal shows for {@code text}: a carriage return moves back to column 0 and overwrites. */
    private static List<String> shownLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int col = 0;
        for (char c : text.toCharArray()) {
            if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                col = 0;
            } else {
                if (col < line.length()) line.setCharAt(col, c);
                else line.append(c);
                col++;
            }
        }
        if (!line.isEmpty()) lines.add(line.toString().stripTrailing());
        return lines;
    }
}
