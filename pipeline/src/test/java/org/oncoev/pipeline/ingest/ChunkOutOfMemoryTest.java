package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A chunk whose store runs out of heap: the writer stores its documents one at a time, and the one document that
 * still does not fit becomes an ingest issue while the others are stored.
 */
class ChunkOutOfMemoryTest {
    /** Runs out of memory for any chunk of more than one document, and for {@code huge.md} alone. */
    static final class TightHeapStore extends ChunkStore {
        TightHeapStore(JdbcTemplate jdbc) {
            super(jdbc);
        }

        @Override
        public List<Stored> store(List<IngestItem.Parsed> items, Long jobExecutionId) {
            if (items.size() > 1 || items.get(0).file().fileName().equals("huge.md"))
                throw new OutOfMemoryError("Java heap space");
            return super.store(items, jobExecutionId);
        }
    }

    @Test
    void aChunkOutOfMemoryIsStoredOneDocumentAtATime(@TempDir Path home) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Flyway.configure().dataSource(db.url(), null, null).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url()));
            IngestCounts counts;
            try (SearchIndex index = new SearchIndex(home.toString(), jdbc)) {
                IngestWriter writer = new IngestWriter(new DocumentStore(jdbc), new TightHeapStore(jdbc), index,
                        new DataSourceTransactionManager(jdbc.getDataSource()), null);
                writer.open(new ExecutionContext());
                writer.write(Chunk.of(ChunkStoreTest.parsed("a.md", GeneratedPapers.text(0)),
                        ChunkStoreTest.parsed("huge.md", GeneratedPapers.text(1)),
                        ChunkStoreTest.parsed("b.md", GeneratedPapers.text(2))));
                writer.close();
                counts = writer.counts();
            }
            assertEquals(List.of(2L, 1L), List.of(counts.newDocuments, counts.issues));
            assertEquals(List.of("a.md", "b.md"), jdbc.queryForList("SELECT file_name FROM documents ORDER BY 1", String.class));
            assertEquals(List.of("huge.md store could not store: out of memory (the document alone does not fit the heap)"),
                    jdbc.queryForList("SELECT regexp_replace(source_path, '.*/', '') || ' ' || stage || ' ' || reason "
                            + "FROM ingest_issues", String.class));
        }
    }
}
