package org.oncoev.corpus.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;

/** Optional check over {@code ../shared/corpus/pmc-jats} (skipped when absent): every article reads, no passage is empty. */
class SharedJatsCorpusTest {
    static Path folder() {
        String prop = System.getProperty("oncoev.shared");
        List<Path> candidates = new java.util.ArrayList<>();
        if (prop != null) candidates.add(Path.of(prop));
        candidates.addAll(List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"), Path.of("..", "..", "..", "shared")));
        for (Path p : candidates) if (Files.isDirectory(p.resolve("corpus/pmc-jats"))) return p.resolve("corpus/pmc-jats");
        return candidates.get(0).resolve("corpus/pmc-jats");
    }

    @Test
    void everyArticleReadsWithTextAndMetadata() throws Exception {
        Path dir = folder();
        assumeTrue(Files.isDirectory(dir), "shared JATS corpus absent: " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".nxml")).sorted().toList();
        } catch (IOException e) {
            throw e;
        }
        assertEquals(39, files.size());
        JatsDocumentReader reader = new JatsDocumentReader();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Document d = reader.read(name, Files.readAllBytes(f));
            assertFalse(d.passages().isEmpty(), name);
            for (Passage p : d.passages()) {
                assertFalse(p.text().isBlank(), name + " " + p);
                assertTrue(p.charStart() <= p.charEnd() && p.charEnd() <= d.sourceText().length(), name + " " + p);
            }
            assertTrue(d.passages().stream().anyMatch(p -> p.kind() == PassageKind.TITLE), name);
            assertTrue(d.passages().stream().anyMatch(p -> p.kind() == PassageKind.ABSTRACT), name);
            assertNotNull(d.metadata(), name);
            assertNotNull(d.metadata().journal(), name);
            assertNotNull(d.metadata().year(), name);
            assertTrue(d.metadata().doi() != null || d.metadata().pmid() != null, name);
        }
    }
}
