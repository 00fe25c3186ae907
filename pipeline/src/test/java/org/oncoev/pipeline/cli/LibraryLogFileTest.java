package org.oncoev.pipeline.cli;

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
import org.slf4j.LoggerFactory;

/** PDFBox and FontBox warnings land in {@code <home>/oncoev.log}, not on the terminal; oncoev's own lines stay there. */
class LibraryLogFileTest {

    @Test
    void pdfLibraryWarningsGoToTheLogFile(@TempDir Path home) throws Exception {
        String saved = System.getProperty("oncoev.home");
        PrintStream err = System.err;
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try {
            System.setProperty("oncoev.home", home.toString());
            System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
            assertFalse(Files.exists(home.resolve("oncoev.log")), "nothing logged yet, no file");
            LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDTrueTypeFont").warn("glyph table lacks entry 41");
            LoggerFactory.getLogger("org.apache.fontbox.ttf.CmapSubtable").warn("cmap format 14 skipped");
            LoggerFactory.getLogger("org.oncoev.pipeline.ingest.Example").warn("oncoev line stays visible");
        } finally {
            System.setErr(err);
            if (saved == null) System.clearProperty("oncoev.home");
            else System.setProperty("oncoev.home", saved);
        }
        String shown = terminal.toString(StandardCharsets.UTF_8);
        String logged = Files.readString(home.resolve("oncoev.log"));
        assertTrue(logged.contains("glyph table lacks entry 41") && logged.contains("cmap format 14 skipped"), logged);
        assertFalse(logged.contains("oncoev line stays visible"), logged);
        assertFalse(shown.contains("glyph table") || shown.contains("cmap format"), shown);
        assertTrue(shown.contains("oncoev line stays visible"), shown);
        assertEquals(1, shown.lines().filter(l -> l.contains("library warnings")).count(), "told once: " + shown);
    }
}
