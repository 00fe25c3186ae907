package org.oncoev.pipeline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.corpus.index.QueryMode;
import org.oncoev.corpus.index.SearchResult;
import org.oncoev.pipeline.web.ApiErrors;
import org.oncoev.pipeline.web.DocumentController;
import org.oncoev.pipeline.web.DocumentQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Against the real PostgreSQL at 127.0.0.1:5432 (a fresh database, dropped afterwards; skipped when the server
 * is not reachable): the loader reads passages and evidence, {@code reindex} rebuilds the index from them, and
 * {@code /api/documents/{id}} answers with evidence and provenance.
 */
class ReindexFromDatabaseTest {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DB = "oncoev_test_search_" + Long.toHexString(System.nanoTime());
    @TempDir
    static Path home;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void createDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DB);
        } catch (java.sql.SQLException e) {
            Assumptions.abort("PostgreSQL not reachable: " + e.getMessage());
        }
        DriverManagerDataSource ds = new DriverManagerDataSource(SERVER + DB, "postgres", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO documents (id, source_path, file_name, sha256, format, title, char_count, byte_count)"
                + " VALUES (7, '/x/trial.md', 'trial.md', repeat('a', 64), 'text', 'A sorafenib trial', 400, 400)");
        jdbc.update("INSERT INTO sections (id, document_id, ordinal, heading, kind, char_start, char_end)"
                + " VALUES (70, 7, 0, 'Results', 'results', 0, 400)");
        jdbc.update("INSERT INTO passages (id, document_id, section_id, ordinal, kind, text, char_start, char_end)"
                + " VALUES (701, 7, 70, 0, 'body', 'In all, 120 patients received sorafenib 400 mg.', 10, 58),"
                + " (702, 7, 70, 1, 'body', 'Median overall survival was 9.1 months (P = 0.002).', 60, 112)");
        jdbc.update("INSERT INTO extraction_runs (id, document_id, extractor_signature) VALUES (1, 7, 'test')");
        String common = "document_id, extraction_run_id, passage_id, passage_ordinal, char_start, char_end,"
                + " passage_start, passage_end, raw_text, confidence, extractor, extractor_version";
        jdbc.update("INSERT INTO cohorts (" + common + ", size) VALUES (7, 1, 701, 0, 18, 30, 8, 20, '120 patients', 0.9, 'cohort', '1', 120)");
        jdbc.update("INSERT INTO doses (" + common + ", agent, amount, unit) VALUES (7, 1, 701, 0, 40, 57, 30, 47, 'sorafenib 400 mg', 0.9, 'dose', '1', 'sorafenib', 400, 'mg')");
        jdbc.update("INSERT INTO survival_outcomes (" + common + ", endpoint, measure, value, unit) VALUES (7, 1, 702, 1, 60, 98, 0, 38, 'Median overall survival was 9.1 months', 0.9, 'survival', '1', 'OS', 'median', 9.1, 'months')");
        jdbc.update("INSERT INTO p_values (" + common + ", p_value_modifier, p_value, p_value_raw) VALUES (7, 1, 702, 1, 100, 109, 40, 49, 'P = 0.002', 0.9, 'p', '1', '=', 0.002, 'P = 0.002')");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (jdbc == null) return;
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
        }
    }

    @Test
    void loaderGivesPassageAndDocumentEvidence() {
        List<IndexedPassage> passages = new IndexedPassageLoader(jdbc).load(7);
        assertEquals(2, passages.size());
        IndexedPassage survival = passages.get(1);
        assertEquals("Results", survival.sectionHeading());
        assertEquals(List.of("OS"), survival.endpoints());
        assertEquals(List.of("survival", "p_value"), survival.types());
        assertEquals(List.of(0.002), survival.pValues());
        assertEquals(List.of("sorafenib"), survival.agents(), "document-level agent");
        assertEquals(List.of(120.0), survival.cohortSizes(), "document-level cohort");
        assertEquals(List.of(), new IndexedPassageLoader(jdbc).load(999));
    }

    @Test
    void reindexRebuildsTheIndexFromTheDatabase() throws Exception {
        try (SearchIndex index = new SearchIndex(home.toString(), jdbc)) {
            assertEquals(2, index.rebuild(id -> { }));
            assertEquals(1, index.indexedDocumentCount());
            SearchResult r = index.searcher().search("agent:sorafenib AND endpoint:OS AND cohort:[50 TO *]",
                    QueryMode.STRICT, 10, 0);
            assertEquals(1, r.total());
            assertEquals(702, r.hits().get(0).passageId());
            assertEquals(1, index.searcher().search("pvalue:[0 TO 0.01]", QueryMode.STRICT, 10, 0).total());
            assertEquals(2, index.rebuild(id -> { }), "idempotent");
            assertEquals(2, index.searcher().search("*:*", QueryMode.STRICT, 10, 0).total());
        }
    }

    @Test
    void documentEndpointListsEvidenceWithProvenance() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new DocumentController(new DocumentQueries(jdbc)))
                .setControllerAdvice(new ApiErrors()).build();
        mvc.perform(get("/api/documents/7")).andExpect(status().isOk())
                .andExpect(jsonPath("$.file_name").value("trial.md"))
                .andExpect(jsonPath("$.passages.length()").value(2))
                .andExpect(jsonPath("$.evidence.length()").value(4))
                .andExpect(jsonPath("$.evidence[0].type").value("cohort"))
                .andExpect(jsonPath("$.evidence[0].passage_id").value(701))
                .andExpect(jsonPath("$.evidence[0].passage_start").value(8))
                .andExpect(jsonPath("$.evidence[0].raw_text").value("120 patients"));
        mvc.perform(get("/api/documents/999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("no document 999"));
        mvc.perform(get("/api/documents/abc")).andExpect(status().isBadRequest());
    }
}
