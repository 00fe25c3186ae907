package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.corpus.DocumentMetadata;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.corpus.meta.TextMetadata;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.search.FreshPassages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A document's bibliographic metadata is read once, by the processing thread that parses the file
 * ({@link IngestProcessor}), and carried in its {@link IngestItem.Parsed} item: storing ({@link ChunkStore}) and the
 * index entries ({@link FreshPassages}) take it as carried instead of reading the text again on the single writing
 * thread and on the indexing thread. Sentences written for this test.
 */
class ParsedMetadataTest {
    private static final String PAPER = """
            # Oral maintenance after first-line chemotherapy in advanced ovarian cancer

            https://doi.org/10.5555/oncoev.test.0042

            ## Methods
            The study was registered with ClinicalTrials.gov (NCT01234567) and enrolled women after a response to
            platinum doublets.

            ## Results
            Of 188 women randomised, median progression-free survival was 9.4 months with maintenance and 5.2
            months with placebo (hazard ratio 0.58, 95% CI 0.42-0.80; p = 0.001).
            """;

    @Test
    void theProcessingThreadReadsTheMetadataIntoTheParsedItem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("maintenance.md"), PAPER);
        try (TestDatabase db = TestDatabase.create()) {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(db.url(), true);
            try {
                Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
                IngestProcessor processor = new IngestProcessor(DocumentReaders::forFile, EvidenceExtraction.defaults(),
                        new DocumentStore(new JdbcTemplate(ds)), 1 << 20, Map.of());
                IngestItem.Parsed parsed = assertInstanceOf(IngestItem.Parsed.class,
                        processor.process(SourceFile.of(file, Files.size(file), 0)));
                assertEquals("10.5555/oncoev.test.0042", parsed.metadata().doi());
                assertEquals(List.of("NCT01234567"), parsed.metadata().trials().stream()
                        .map(DocumentMetadata.TrialRegistration::registrationId).toList());
                assertEquals(TextMetadata.of(parsed.document()), parsed.metadata(), "what the text gives, read once");
            } finally {
                ds.destroy();
            }
        }
    }

    @Test
    void storingAndIndexingTakeTheMetadataTheItemCarries() throws Exception {
        IngestItem.Parsed read = ChunkStoreTest.parsed("maintenance.md", PAPER);
        DocumentMetadata carried = new DocumentMetadata(null, "Carried Journal", 2021, "10.5555/carried.0001", null, null,
                null, null, null, null, List.of(), List.of(), Map.of("doi", "text"));
        IngestItem.Parsed item = new IngestItem.Parsed(read.file(), read.sha256(), read.bytes(), read.document(), carried,
                read.findings(), read.extractorSignature(), read.problems());
        try (TestDatabase db = TestDatabase.create()) {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(db.url(), true);
            try {
                Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
                JdbcTemplate jdbc = new JdbcTemplate(ds);
                ChunkStore.Stored stored = new ChunkStore(jdbc).store(List.of(item), null).get(0);
                Map<String, Object> row = jdbc.queryForMap("SELECT doi, journal, year FROM documents WHERE id = ?",
                        stored.documentId());
                assertEquals("10.5555/carried.0001", row.get("doi"), "the carried DOI, not the one the text prints");
                assertEquals("Carried Journal", row.get("journal"));
                assertEquals(2021, row.get("year"));
                assertEquals(0L, jdbc.queryForObject("SELECT count(*) FROM trial_registrations", Long.class),
                        "the carried metadata lists no trial, so none is stored");

                List<IndexedPassage> entries = FreshPassages.of(stored.documentId(), "maintenance.md", item.document(),
                        item.metadata(), stored.passageIds(), item.findings());
                for (IndexedPassage p : entries) {
                    assertEquals("Carried Journal", p.journal());
                    assertEquals(Integer.valueOf(2021), p.year());
                }
            } finally {
                ds.destroy();
            }
        }
    }
}
