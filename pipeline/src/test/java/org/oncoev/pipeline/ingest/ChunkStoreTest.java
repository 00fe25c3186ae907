package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ChunkStore} against the real PostgreSQL: each scenario (a few chunks of files) is stored once with one
 * transaction per chunk and once a document at a time ({@link ChunkStore#storeOne}, the fallback path, one
 * transaction per document) into two fresh databases; both must report the same outcome per file and leave the same rows (documents
 * with their supersede links, source texts, sections, passages, runs, arms and every fact with its passage and
 * offsets). Then {@link IngestWriter} with a chunk holding a document the database refuses: the others are stored,
 * the bad one becomes an ingest issue. Papers are {@link GeneratedPapers} and sentences written for this test.
 */
class ChunkStoreTest {
    private static final EvidenceExtraction EXTRACTION = EvidenceExtraction.defaults();
    /** A migrated empty schema; each test stores into copies of it. */
    private static TestDatabase migrated;
    private static final String SHORT = """
            Results

            Sixty-four patients were enrolled (n = 64). The median PFS was 7.9 months (95% CI, 6.1-9.8; P = .02) with
            cisplatin 75 mg/m2 on day 1.
            """;

    /**
     * Scenario rows: name, chunks of "path=paper" entries, the outcome per file, the current paths afterwards and
     * the number of ingest issues.
     */
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("new files", List.of(List.of("a.md=0", "b.md=1", "c.txt=short")),
                        List.of("new new new"), "a.md=0 b.md=1 c.txt=short", 0),
                Arguments.of("same bytes twice in one chunk: the first path owns them",
                        List.of(List.of("a.md=0", "copy.md=0", "b.md=1")),
                        List.of("new unchanged new"), "a.md=0 b.md=1", 0),
                Arguments.of("a changed file supersedes its old version",
                        List.of(List.of("a.md=0", "b.md=1"), List.of("a.md=2", "c.md=3")),
                        List.of("new new", "changed new"), "a.md=2 b.md=1 c.md=3", 0),
                Arguments.of("content stored earlier under another path stores nothing",
                        List.of(List.of("a.md=0"), List.of("moved.md=0", "c.md=short")),
                        List.of("new", "unchanged new"), "a.md=0 c.md=short", 0),
                Arguments.of("a changed file whose new bytes an earlier file of the chunk holds",
                        List.of(List.of("a.md=0", "b.md=1"), List.of("c.md=2", "b.md=2", "d.md=0")),
                        List.of("new new", "new unchanged unchanged"), "a.md=0 c.md=2", 0),
                Arguments.of("decode warnings are recorded with the document",
                        List.of(List.of("warn.txt=warn", "a.md=4")), List.of("new new"), "a.md=4 warn.txt=warn", 1));
    }

    @BeforeAll
    static void migrate() {
        migrated = TestDatabase.create();
        Flyway.configure().dataSource(migrated.url(), null, null).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void drop() throws Exception {
        if (migrated != null) migrated.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void chunkPathStoresWhatThePerDocumentPathStores(String name, List<List<String>> chunks, List<String> outcomes,
                                                     String current, int issues) throws Exception {
        try (TestDatabase perDocument = migrated.copy(); TestDatabase perChunk = migrated.copy()) {
            JdbcTemplate documentDb = jdbc(perDocument, true);
            JdbcTemplate chunkDb = jdbc(perChunk, true);
            List<String> documentOutcomes = run(documentDb, chunks, false);
            List<String> chunkOutcomes = run(chunkDb, chunks, true);
            assertEquals(outcomes, chunkOutcomes, name);
            assertEquals(outcomes, documentOutcomes, name);
            Map<String, List<String>> expected = Rows.of(documentDb);
            Map<String, List<String>> actual = Rows.of(chunkDb);
            for (String table : expected.keySet()) assertEquals(expected.get(table), actual.get(table), name + ": " + table);
            assertEquals(current, String.join(" ", actual.get("current")), name);
            assertEquals(List.of(), actual.get("facts off their passage"), name);
            assertEquals(issues, actual.get("ingest_issues").size(), name);
            ((SingleConnectionDataSource) documentDb.getDataSource()).destroy();
            ((SingleConnectionDataSource) chunkDb.getDataSource()).destroy();
        }
    }

    @Test
    void pathsAndTitlesSurviveTheArrayParameters() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"odd {dir}/a \"quoted\", name\\x.md", "Trial \"A\" {phase 2}, arm \\ B"},
                new String[] {"null.md", "NULL"},
                new String[] {"empty-title.md", ""},
                new String[] {"no-title.md", null});
        try (TestDatabase db = migrated.copy()) {
            JdbcTemplate jdbc = jdbc(db, true);
            List<IngestItem.Parsed> items = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                IngestItem.Parsed p = parsed(cases.get(i)[0], GeneratedPapers.text(10 + i));
                Document d = p.document();
                items.add(new IngestItem.Parsed(p.file(), p.sha256(), p.bytes(), new Document(d.fileName(), d.format(),
                        cases.get(i)[1], d.sourceText(), d.sections(), d.passages(), d.pages(), d.warnings()),
                        p.findings(), p.extractorSignature(), p.problems()));
            }
            new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
                    .execute(t -> new ChunkStore(jdbc).store(items, null));
            for (int i = 0; i < cases.size(); i++) {
                Map<String, Object> row = jdbc.queryForMap("SELECT source_path, title FROM documents WHERE sha256 = ?",
                        items.get(i).sha256());
                assertEquals("/corpus/" + cases.get(i)[0], row.get("source_path"));
                assertEquals(cases.get(i)[1], row.get("title"), cases.get(i)[0]);
            }
            ((SingleConnectionDataSource) jdbc.getDataSource()).destroy();
        }
    }

    @Test
    void aDocumentTheDatabaseRefusesCostsOnlyItself(@TempDir Path home) throws Exception {
        try (TestDatabase db = migrated.copy()) {
            JdbcTemplate jdbc = jdbc(db, false);
            IngestItem.Parsed good = parsed("a.md", GeneratedPapers.text(0));
            IngestItem.Parsed copy = parsed("copy.md", GeneratedPapers.text(0));
            IngestItem.Parsed other = parsed("b.md", SHORT);
            IngestItem.Parsed raw = parsed("bad.md", GeneratedPapers.text(1));
            Document d = raw.document();
            // a NUL in the title: PostgreSQL text cannot hold it, so the documents insert fails
            IngestItem.Parsed bad = new IngestItem.Parsed(raw.file(), raw.sha256(), raw.bytes(), new Document(d.fileName(),
                    d.format(), d.title() + "\u0000", d.sourceText(), d.sections(), d.passages(), d.pages(), d.warnings()),
                    raw.findings(), raw.extractorSignature(), raw.problems());
            IngestWriter writer;
            try (SearchIndex index = new SearchIndex(home.toString(), jdbc)) {
                writer = new IngestWriter(new DocumentStore(jdbc), new ChunkStore(jdbc), index,
                        new DataSourceTransactionManager(jdbc.getDataSource()), null);
                writer.open(new ExecutionContext());
                writer.write(Chunk.of(good, bad, copy, other));
                writer.close();
                assertEquals(2, index.indexedDocumentCount());
            }
            IngestCounts counts = writer.counts();
            assertEquals(List.of(2L, 1L, 1L), List.of(counts.newDocuments, counts.unchanged, counts.issues));
            assertEquals(List.of("a.md", "b.md"), jdbc.queryForList(
                    "SELECT file_name FROM documents WHERE current ORDER BY 1", String.class));
            List<String> issues = jdbc.queryForList("SELECT regexp_replace(source_path, '.*/', '') || ' ' || stage || ' ' "
                    + "|| reason FROM ingest_issues", String.class);
            assertEquals(1, issues.size(), issues.toString());
            assertTrue(issues.get(0).startsWith("bad.md store could not store: "), issues.get(0));
            assertEquals((long) good.document().passages().size() + other.document().passages().size(),
                    jdbc.queryForObject("SELECT count(*) FROM passages", Long.class));
            assertEquals(2L, jdbc.queryForObject("SELECT count(*) FROM documents WHERE indexed_at IS NOT NULL", Long.class));
            assertEquals(List.of(), Rows.of(jdbc).get("facts off their passage"));
        }
    }

    /** Stores {@code chunks} in a fresh schema, each chunk in one transaction or each document in its own. */
    private static List<String> run(JdbcTemplate jdbc, List<List<String>> chunks, boolean perChunk) {
        ChunkStore store = new ChunkStore(jdbc);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        List<String> outcomes = new ArrayList<>();
        for (List<String> files : chunks) {
            List<IngestItem.Parsed> items = new ArrayList<>();
            for (String entry : files) {
                String[] pathAndPaper = entry.split("=");
                items.add(parsed(pathAndPaper[0], paper(pathAndPaper[1])));
            }
            List<ChunkStore.Stored> stored = new ArrayList<>();
            if (perChunk) {
                stored.addAll(tx.execute(t -> store.store(items, 7L)));
            } else {
                for (IngestItem.Parsed p : items) stored.add(tx.execute(t -> store.storeOne(p, 7L)));
            }
            List<String> words = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ChunkStore.Stored s = stored.get(i);
                words.add(s.documentId() == null ? "unchanged" : s.superseded().isEmpty() ? "new" : "changed");
                if (s.documentId() != null) assertPassageIds(jdbc, s, items.get(i).document());
            }
            outcomes.add(String.join(" ", words));
        }
        return outcomes;
    }

    /** The reported passage ids are the stored passages of the document, by ordinal (the index entries use them). */
    private static void assertPassageIds(JdbcTemplate jdbc, ChunkStore.Stored s, Document d) {
        Map<Integer, Long> stored = new LinkedHashMap<>();
        jdbc.query("SELECT ordinal, id FROM passages WHERE document_id = ? ORDER BY ordinal",
                rs -> { stored.put(rs.getInt(1), rs.getLong(2)); }, s.documentId());
        assertEquals(d.passages().size(), stored.size());
        assertEquals(stored, new java.util.TreeMap<>(s.passageIds()));
    }

    private static String paper(String key) {
        return switch (key) {
            case "short" -> SHORT;
            // a replacement character: the reader records a decode warning, which becomes an issue with the document
            case "warn" -> SHORT + "The 1-year OS rate was 81.0% \uFFFD in the cisplatin group.\n";
            default -> GeneratedPapers.text(Integer.parseInt(key));
        };
    }

    static IngestItem.Parsed parsed(String path, String text) {
        byte[] bytes = bytes(text);
        String name = Path.of(path).getFileName().toString();
        Document d;
        try {
            d = DocumentReaders.forFile(name).orElseThrow().read(name, bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<IngestItem.Problem> problems = new ArrayList<>();
        SourceFile file = SourceFile.of(Path.of("/corpus", path), bytes.length, 1_700_000_000_000L + bytes.length);
        String sha = IngestProcessor.sha256(bytes);
        for (String warning : d.warnings()) problems.add(new IngestItem.Problem(file, sha, "decode", warning, null));
        return new IngestItem.Parsed(file, sha, bytes.length, d, EXTRACTION.extract(d), EXTRACTION.signature(), problems);
    }

    /** UTF-8, but a U+FFFD becomes one invalid byte, so that the reader has something to warn about. */
    private static byte[] bytes(String text) {
        String latin = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return latin.replace("\u00ef\u00bf\u00bd", "\u00ff").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One connection for all when {@code single}, else a new connection per use (the indexer has its own thread). */
    private static JdbcTemplate jdbc(TestDatabase db, boolean single) {
        DataSource ds = single ? new SingleConnectionDataSource(db.url(), true) : new DriverManagerDataSource(db.url());
        return new JdbcTemplate(ds);
    }

    /** Every stored row of the ingest tables without ids: documents, texts, sections, passages, runs, arms, facts. */
    private static final class Rows {
        private static final String DOC = "regexp_replace(d.source_path, '.*/', '')";
        private static final String PLAIN = " - 'id' - 'document_id' - 'extraction_run_id' - 'passage_id' - 'arm_id'"
                + " - 'agent_id' - 'section_id' - 'superseded_by' - 'first_seen' - 'last_seen' - 'superseded_at'"
                + " - 'started_at' - 'finished_at' - 'created_at' - 'job_execution_id' - 'last_job_execution_id'";

        static Map<String, List<String>> of(JdbcTemplate jdbc) {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            rows.put("documents", jdbc.queryForList("SELECT (to_jsonb(d)" + PLAIN + ")::text || ' successor ' "
                    + "|| coalesce(s.sha256, '-') FROM documents d LEFT JOIN documents s ON s.id = d.superseded_by "
                    + "ORDER BY d.sha256", String.class));
            rows.put("current", jdbc.queryForList("SELECT " + DOC + " || '=' || coalesce((SELECT min(k) FROM (VALUES "
                    + keys() + ") AS p(k, sha) WHERE p.sha = d.sha256), '?') FROM documents d WHERE current ORDER BY 1",
                    String.class));
            rows.put("document_texts", jdbc.queryForList("SELECT d.sha256 || ' ' || md5(t.source_text) FROM document_texts t "
                    + "JOIN documents d ON d.id = t.document_id ORDER BY 1", String.class));
            rows.put("sections", jdbc.queryForList("SELECT d.sha256 || ' ' || (to_jsonb(x)" + PLAIN + ")::text FROM sections x "
                    + "JOIN documents d ON d.id = x.document_id ORDER BY d.sha256, x.ordinal", String.class));
            rows.put("passages", jdbc.queryForList("SELECT d.sha256 || ' ' || (to_jsonb(x)" + PLAIN + ")::text || ' section '"
                    + " || coalesce(s.ordinal::text, '-') FROM passages x JOIN documents d ON d.id = x.document_id "
                    + "LEFT JOIN sections s ON s.id = x.section_id ORDER BY d.sha256, x.ordinal", String.class));
            rows.put("extraction_runs", jdbc.queryForList("SELECT d.sha256 || ' ' || (to_jsonb(x)" + PLAIN + ")::text "
                    + "|| ' ' || x.job_execution_id FROM extraction_runs x JOIN documents d ON d.id = x.document_id ORDER BY 1",
                    String.class));
            rows.put("arms", jdbc.queryForList("SELECT d.sha256 || ' ' || x.label FROM arms x "
                    + "JOIN documents d ON d.id = x.document_id ORDER BY 1", String.class));
            rows.put("ingest_issues", jdbc.queryForList("SELECT coalesce(d.sha256, '-') || ' ' || (to_jsonb(x)" + PLAIN
                    + ")::text FROM ingest_issues x LEFT JOIN documents d ON d.id = x.document_id ORDER BY 1", String.class));
            List<String> off = new ArrayList<>();
            for (String table : List.of("cohorts", "survival_outcomes", "p_values", "hazard_ratios", "doses",
                    "rejected_findings")) {
                String agent = table.equals("doses") ? " || ' agent ' || coalesce(g.name, '-')" : "";
                String agentJoin = table.equals("doses") ? " LEFT JOIN agents g ON g.id = x.agent_id" : "";
                rows.put(table, jdbc.queryForList("SELECT d.sha256 || ' ' || (to_jsonb(x)" + PLAIN + ")::text || ' arm '"
                        + " || coalesce(a.label, '-')" + agent + " FROM " + table + " x JOIN documents d ON d.id = x.document_id "
                        + "LEFT JOIN arms a ON a.id = x.arm_id" + agentJoin + " ORDER BY 1", String.class));
                // each fact's passage id names the passage of its document and ordinal, and its run is its document's
                off.addAll(jdbc.queryForList("SELECT '" + table + " ' || x.id FROM " + table + " x "
                        + "LEFT JOIN passages p ON p.id = x.passage_id JOIN extraction_runs r ON r.id = x.extraction_run_id "
                        + "WHERE p.id IS NULL OR p.document_id <> x.document_id OR p.ordinal <> x.passage_ordinal "
                        + "OR r.document_id <> x.document_id", String.class));
            }
            rows.put("facts off their passage", off);
            return rows;
        }

        /** (paper key, sha256) pairs of the scenario papers, as SQL VALUES. */
        private static String keys() {
            List<String> values = new ArrayList<>();
            for (String key : List.of("0", "1", "2", "3", "4", "short", "warn")) {
                values.add("('" + key + "', '" + IngestProcessor.sha256(bytes(paper(key))) + "')");
            }
            return String.join(", ", values);
        }
    }
}
