package org.oncoev.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.cli.OncoevCommand;

class TextCommandTest {
    private static final String PAPER = """
            A randomised trial of drug A in advanced disease

            Results

            Median overall survival was 14.2 months with drug A and 11.0 months with placebo (P = 0.03).

            Table 2 Survival outcomes by arm
            Endpoint\tDrug A (n = 61)\tPlacebo (n = 59)\tP value
            Median PFS, months\t7.4\t4.1\t<0.001

            Funding

            This study was supported by a grant from a national cancer foundation to the first author.

            References

            1. Author A, Author B. A previous trial of drug A. J Clin Oncol. 2010;28:100-8.
            2. Author C. Another trial. Lancet Oncol. 2012;13:200-9.
            """;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream savedOut = System.out, savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = OncoevCommand.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    @Test
    void printsSectionsPassagesAndExcludedTextWithReasons(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("paper.txt"), PAPER);
        Run r = run("text", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# paper.txt (txt): A randomised trial of drug A"), r.out());
        assertTrue(r.out().contains("== results: Results"), r.out());
        assertTrue(r.out().contains("Median overall survival was 14.2 months"), r.out());
        assertTrue(r.out().matches("(?s).*\\[table \\d+-\\d+ grid].*Median PFS, months.*"), r.out());
        assertTrue(r.out().contains("[excluded: funding"), r.out());
        assertTrue(r.out().contains("[excluded: references"), r.out());
        assertFalse(r.out().contains("\n[references"), "excluded passages are not printed as text");
        assertTrue(r.out().contains("excluded from evidence:"), r.out());
    }

    @Test
    void passagesModePrintsOneLinePerPassage(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("paper.txt"), PAPER);
        Run r = run("text", "--passages", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*\\d+ table\\s+results\\s+\\[\\d+-\\d+\\) sentences=\\d+ grid \\d+x4 \\|.*")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*\\d+ references\\s.*")), r.out());
    }

    @Test
    void aMissingOrUnreadableFileIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        Run missing = run("text", dir.resolve("none.txt").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("not a file"), missing.err());
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run r = run("text", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot read empty.txt"), r.err());
    }
}
