package org.oncoev.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexWriterTest {
    @TempDir
    Path dir;

    private static List<IndexedPassage> passagesOf(long documentId) {
        return GoldenCorpus.PASSAGES.stream().filter(p -> p.documentId() == documentId).toList();
    }

    @Test
    void replacingADocumentTwiceKeepsOneCopy() throws Exception {
        GoldenCorpus.write(dir);
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            writer.replaceDocument(1, passagesOf(1));
            writer.replaceDocument(1, passagesOf(1));
            writer.commit();
            assertEquals(3, writer.documentCount());
            assertEquals(11, writer.passageCount());
        }
        try (PassageSearcher searcher = PassageSearcher.open(dir)) {
            assertEquals(4, searcher.search("document_id:1", QueryMode.STRICT, 10, 0).total());
        }
    }

    @Test
    void changedDocumentReplacesItsOldPassages() throws Exception {
        GoldenCorpus.write(dir);
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir);
             PassageSearcher searcher = PassageSearcher.open(dir)) {
            assertEquals(1, searcher.search("tace", QueryMode.STRICT, 10, 0).total());
            IndexedPassage changed = IndexedPassage.withoutEvidence(105, 1, "hcc-sorafenib.md", "Revised", 2020, null,
                    null, "abstract", "abstract", 0, 0, 40, "A revised abstract without the procedure.");
            writer.replaceDocument(1, List.of(changed));
            writer.commit();
            assertEquals(0, searcher.search("tace", QueryMode.STRICT, 10, 0).total());
            assertEquals(1, searcher.search("revised", QueryMode.STRICT, 10, 0).total());
            assertEquals(3, writer.documentCount());
            assertEquals(8, writer.passageCount());
        }
    }

    @Test
    void deleteAndEmptyReplaceRemoveADocument() throws Exception {
        GoldenCorpus.write(dir);
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            writer.deleteDocument(2);
            writer.replaceDocument(3, List.of());
            writer.commit();
            assertEquals(1, writer.documentCount());
            assertEquals(4, writer.passageCount());
            writer.deleteAll();
            writer.commit();
            assertEquals(0, writer.documentCount());
        }
    }

    @Test
    void rejectsPassagesOfAnotherDocument() throws Exception {
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            assertThrows(IllegalArgumentException.class, () -> writer.replaceDocument(2, passagesOf(1)));
        }
    }

    @Test
    void secondWriterOnTheSameDirectoryFails() throws Exception {
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            assertThrows(IOException.class, () -> PassageIndexWriter.open(dir));
        }
    }

    @Test
    void searcherOverAMissingIndexFindsNothing() throws Exception {
        try (PassageSearcher searcher = PassageSearcher.open(dir.resolve("none"))) {
            SearchResult result = searcher.search("survival", QueryMode.STRICT, 10, 0);
            assertEquals(0, result.total());
            assertEquals(List.of(), result.hits());
        }
    }
}
