package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.search.FreshPassages;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Against the real PostgreSQL and a Lucene index on disk: updates reach the index in order, documents are marked
 * indexed only after a commit, and a mark never lands on a version whose state changed after its update was queued.
 */
class BackgroundIndexerTest {
    @TempDir
    Path home;

    @Test
    void flushIndexesCommitsAndMarksOnlyVersionsWhoseStateStillMatches() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(db.url(), true);
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            DocumentStore store = new DocumentStore(jdbc);
            EvidenceExtraction extraction = EvidenceExtraction.defaults();
            Map<Long, Supplier<List<IndexedPassage>>> fresh = new LinkedHashMap<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String name = "paper-" + i + ".txt";
                byte[] bytes = ("Results\n\nIn all, " + (40 + i) + " patients were enrolled. The median overall survival was "
                        + (10 + i) + ".2 months (P = 0.0" + (i + 1) + ").\n").getBytes(StandardCharsets.UTF_8);
                Document d = DocumentReaders.forFile(name).orElseThrow().read(name, bytes);
                List<Finding> findings = extraction.extract(d);
                IngestItem.Parsed parsed = new IngestItem.Parsed(SourceFile.of(Path.of("/corpus", name), bytes.length, 0),
                        "%064x".formatted(i), bytes.length, d, findings, extraction.signature(), List.of());
                ChunkStore.Stored result = new ChunkStore(jdbc).storeOne(parsed, null);
                long id = result.documentId();
                Map<Integer, Long> passageIds = result.passageIds();
                fresh.put(id, () -> FreshPassages.of(id, name, d, passageIds, findings));
                ids.add(id);
            }
            try (SearchIndex index = new SearchIndex(home.toString(), jdbc)) {
                BackgroundIndexer indexer = new BackgroundIndexer(index, store, 1000, 60_000);
                indexer.submit(fresh, List.of());
                indexer.flush();
                assertEquals(3, index.indexedDocumentCount());
                assertEquals(3, jdbc.queryForObject("SELECT count(*) FROM documents WHERE indexed_at IS NOT NULL", Long.class));
                assertTrue(index.searcher().search("\"overall survival\"", org.oncoev.corpus.index.QueryMode.STRICT, 10, 0).total() >= 3);

                // the first version is superseded after its (re)index was queued: that update must not mark it indexed
                long first = ids.get(0);
                jdbc.update("UPDATE documents SET current = FALSE, indexed_at = NULL WHERE id = ?", first);
                indexer.submit(List.of(first), List.of());
                indexer.flush();
                assertEquals(null, jdbc.queryForObject("SELECT indexed_at FROM documents WHERE id = ?", Object.class, first));
                // its removal, queued next, is what marks it
                indexer.submit(List.of(), List.of(first));
                indexer.close();
                assertEquals(2, index.indexedDocumentCount());
                assertEquals(3, jdbc.queryForObject("SELECT count(*) FROM documents WHERE indexed_at IS NOT NULL", Long.class));
            }
        }
    }
}
