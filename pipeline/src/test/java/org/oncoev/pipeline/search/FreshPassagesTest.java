package org.oncoev.pipeline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.ingest.ChunkStore;
import org.oncoev.pipeline.ingest.IngestItem;
import org.oncoev.pipeline.ingest.SourceFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Against the real PostgreSQL: the index entries ingest builds in memory for a document it just stored equal what
 * {@link IndexedPassageLoader} reads back from the database for it (passages, sections and every evidence field),
 * over the three papers of {@code corpus/samples} (markdown and plain text).
 */
class FreshPassagesTest {
    @Test
    void entriesBuiltInMemoryEqualThoseReadBackFromTheDatabase() throws Exception {
        EvidenceExtraction extraction = EvidenceExtraction.defaults();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("..", "corpus", "samples"))) {
            samples = files.sorted().toList();
        }
        try (TestDatabase db = TestDatabase.create()) {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(db.url(), true);
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            ChunkStore store = new ChunkStore(jdbc);
            IndexedPassageLoader loader = new IndexedPassageLoader(jdbc);
            int withEvidence = 0;
            for (int i = 0; i < samples.size(); i++) {
                String name = samples.get(i).getFileName().toString();
                byte[] bytes = Files.readAllBytes(samples.get(i));
                Document document = DocumentReaders.forFile(name).orElseThrow().read(name, bytes);
                List<Finding> findings = extraction.extract(document);
                SourceFile file = SourceFile.of(Path.of("/corpus", name), bytes.length, 0);
                IngestItem.Parsed parsed = new IngestItem.Parsed(file, "%064x".formatted(i), bytes.length, document,
                        findings, extraction.signature(), List.of());
                ChunkStore.Stored result = store.storeOne(parsed, null);
                assertNotNull(result.documentId());
                long id = result.documentId();
                Map<Integer, Long> passageIds = result.passageIds();

                List<IndexedPassage> fresh = FreshPassages.of(id, name, document, passageIds, findings);
                List<IndexedPassage> stored = loader.load(id);
                assertFalse(stored.isEmpty());
                assertEquals(sorted(stored), sorted(fresh), name);
                if (fresh.stream().anyMatch(p -> !p.types().isEmpty())) withEvidence++;
            }
            assertEquals(3, samples.size(), "corpus/samples: two markdown papers and one plain text");
            assertEquals(samples.size(), withEvidence, "every sample has passages with evidence");
        }
    }

    /** The entry with its value lists sorted: the index does not depend on their order. */
    private static List<IndexedPassage> sorted(List<IndexedPassage> passages) {
        List<IndexedPassage> out = new ArrayList<>();
        for (IndexedPassage p : passages) {
            out.add(new IndexedPassage(p.passageId(), p.documentId(), p.fileName(), p.title(), p.year(), p.journal(),
                    p.sectionHeading(), p.sectionKind(), p.passageKind(), p.ordinal(), p.charStart(), p.charEnd(), p.text(),
                    sort(p.agents()), sort(p.regimens()), sort(p.endpoints()), sort(p.types()), sort(p.cohortSizes()),
                    sort(p.pValues()), sort(p.hazardRatios())));
        }
        return out;
    }

    private static <T extends Comparable<T>> List<T> sort(List<T> values) {
        return values.stream().sorted().toList();
    }
}
