package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class SourceFileReaderTest {
    private static final Predicate<String> TEXT = n -> n.endsWith(".txt") || n.endsWith(".md");

    @TempDir
    Path dir;

    private void write(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "Results\n\nThe median OS was 10.1 months.\n");
    }

    @Test
    void walksRecursivelyInSortedOrderSkippingHiddenAndUnsupported() throws IOException {
        for (String f : List.of("b.md", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/x.txt", "img.png", "c.txt")) write(f);
        List<String> names = SourceFileReader.walk(List.of(dir), TEXT).stream()
                .map(sf -> dir.relativize(sf.path()).toString()).toList();
        assertEquals(List.of("a/c.txt", "a/z.txt", "b.md", "c.txt"), names);
    }

    @Test
    void overlappingFoldersYieldEachFileOnce() throws IOException {
        write("a/one.txt");
        write("a/b/two.txt");
        List<SourceFile> files = SourceFileReader.walk(List.of(dir.resolve("a"), dir, dir.resolve("a/b")), TEXT);
        assertEquals(2, files.size());
    }

    @Test
    void restartContinuesAfterTheSavedPosition() throws IOException {
        for (String f : List.of("1.txt", "2.txt", "3.txt")) write(f);
        SourceFileReader first = new SourceFileReader(List.of(dir), TEXT);
        ExecutionContext ctx = new ExecutionContext();
        first.open(ctx);
        first.read();
        first.update(ctx);
        SourceFileReader restarted = new SourceFileReader(List.of(dir), TEXT);
        restarted.open(ctx);
        assertEquals("2.txt", restarted.read().fileName());
        assertEquals("3.txt", restarted.read().fileName());
        assertEquals(null, restarted.read());
    }

    @Test
    void everyEntryIsAFileOrAWalkErrorLinksCarryTheirTarget() throws Exception {
        write("real/paper.txt");
        Path outside = Files.createTempDirectory("oncoev-outside");
        try {
            Files.writeString(outside.resolve("far.md"), "Results\n\nTwenty patients were enrolled.\n");
            Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("real/paper.txt"));
            Files.createSymbolicLink(dir.resolve("linked-folder"), outside);
            Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("no-such-file.txt"));
            Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
            Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
            assertEquals(0, mkfifo.waitFor());
            java.util.Map<String, SourceFile> byName = new java.util.TreeMap<>();
            for (SourceFile sf : SourceFileReader.walk(List.of(dir), TEXT)) byName.put(dir.relativize(sf.path()).toString(), sf);
            assertEquals(java.util.Set.of("real/paper.txt", "link.txt", "linked-folder/far.md", "dangling.txt",
                    "real/loop", "pipe.txt"), byName.keySet());
            assertEquals(null, byName.get("real/paper.txt").linkTarget());
            assertEquals(dir.resolve("real/paper.txt").toRealPath().toString(), byName.get("link.txt").linkTarget());
            assertEquals(outside.resolve("far.md").toRealPath().toString(), byName.get("linked-folder/far.md").linkTarget());
            assertEquals(null, byName.get("link.txt").walkError());
            assertEquals("dangling symbolic link to " + dir.resolve("no-such-file.txt"), byName.get("dangling.txt").walkError());
            assertTrue(byName.get("real/loop").walkError().startsWith("symbolic link loop: leads back to "),
                    byName.get("real/loop").walkError());
            assertEquals("not a regular file (a FIFO, socket or device)", byName.get("pipe.txt").walkError());
        } finally {
            Files.deleteIfExists(outside.resolve("far.md"));
            Files.deleteIfExists(outside);
        }
    }

    @ParameterizedTest
    @CsvSource({"'The median OS was 14.2 months.', false", "'', false", "'PK\u0003\u0004\u0000\u0000', true",
            "'text with a \u0000 inside', true", "'\u00ff\u00feR\u0000e\u0000', false", "'\u00fe\u00ff\u0000R\u0000e', false"})
    void binaryProbeLooksForNulBytes(String content, boolean binary) {
        assertEquals(binary, IngestProcessor.looksBinary(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    @Test
    void sha256IsHexOfTheBytes() {
        String sha = IngestProcessor.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sha);
        assertTrue(sha.matches("[0-9a-f]{64}"));
        assertFalse(sha.isEmpty());
    }
}
