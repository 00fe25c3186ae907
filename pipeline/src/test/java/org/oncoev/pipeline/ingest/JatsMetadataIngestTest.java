package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.pipeline.TestDatabase;

/**
 * Ingests a JATS article, the same paper as text, and another text paper: the documents carry their metadata (front matter for JATS, a DOI and
 * trial ids from text), authors and trial registrations are stored, and the index's journal and year fields work.
 */
class JatsMetadataIngestTest {
    private static final String JATS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns:xlink="http://www.w3.org/1999/xlink"><front>
            <journal-meta><journal-title-group><journal-title>Example Oncology Reports</journal-title></journal-title-group></journal-meta>
            <article-meta><article-id pub-id-type="pmid">99000002</article-id><article-id pub-id-type="pmc">9900002</article-id>
            <article-id pub-id-type="doi">10.9999/eor.2018.7</article-id>
            <title-group><article-title>Drug B in advanced disease: a phase 2 trial</article-title></title-group>
            <contrib-group><contrib contrib-type="author"><name><surname>Example</surname><given-names>Ann</given-names></name></contrib>
            <contrib contrib-type="author"><name><surname>Sample</surname><given-names>Carl</given-names></name></contrib></contrib-group>
            <pub-date pub-type="ppub"><year>2018</year></pub-date><volume>4</volume><fpage>10</fpage><lpage>19</lpage>
            <permissions><license xlink:href="http://creativecommons.org/licenses/by/4.0/"><license-p>Open access.</license-p></license></permissions>
            <abstract><p>Forty patients received drug B. Median PFS was 5.1 months. Registered as NCT01234567.</p></abstract>
            </article-meta></front>
            <body><sec><title>Results</title><p>Median overall survival was 11.2 months (P = 0.03).</p></sec></body></article>
            """;
    private static final String TEXT = """
            Radiotherapy dose escalation in locally advanced rectal cancer

            doi:10.9999/jmu.2016.55

            Abstract
            Eighty-two patients were treated (ISRCTN12345678). The 2-year local control rate was 91.5%.

            Results
            Median PFS was 31.4 months (P < 0.001).
            """;

    /** The JATS paper again as text, as a PDF converter would give it: the same DOI. */
    private static final String SAME_PAPER_AS_TEXT = """
            Drug B in advanced disease: a phase 2 trial

            https://doi.org/10.9999/eor.2018.7

            Abstract
            Forty patients received drug B. Median PFS was 5.1 months. Registered as NCT01234567.
            """;

    @TempDir
    static Path corpus;
    @TempDir
    static Path home;
    static TestDatabase db;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.create();
        Files.writeString(corpus.resolve("drug-b.nxml"), JATS);
        Files.writeString(corpus.resolve("rt-dose.txt"), TEXT);
        Files.writeString(corpus.resolve("drug-b.txt"), SAME_PAPER_AS_TEXT);
        CliRun run = CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
        assertEquals(0, run.code(), run.err() + run.out());
        assertTrue(run.out().contains("3 new"), run.out());
        ingestOut = run.out();
    }

    static String ingestOut;

    @Test
    void ingestSummaryReportsThePaperStoredTwice() {
        String line = ingestOut.lines().filter(l -> l.startsWith("same paper stored under another file: 1 ("))
                .findFirst().orElseThrow(() -> new AssertionError(ingestOut));
        assertTrue(line.contains("drug-b.txt") && line.contains("drug-b.nxml") && line.contains("DOI 10.9999/eor.2018.7"), line);
        assertFalse(line.contains("rt-dose.txt"), line);
    }

    @Test
    void searchHitsShowJournalYearAndDoiLink() {
        CliRun plain = CliRun.of("search", "--home", home.toString(), "kind:abstract AND document:\"drug-b.nxml\"");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().contains("Example Oncology Reports (2018) \u00b7 PMID 99000002 \u00b7 https://doi.org/10.9999/eor.2018.7"),
                plain.out());
        CliRun json = CliRun.of("search", "--home", home.toString(), "kind:abstract AND document:\"drug-b.nxml\"", "--json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"journal\":\"Example Oncology Reports\"")
                && json.out().contains("\"doi_url\":\"https://doi.org/10.9999/eor.2018.7\""), json.out());
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (db != null) db.close();
    }

    @Test
    void jatsDocumentCarriesItsFrontMatter() throws Exception {
        assertEquals(List.of("jats|Drug B in advanced disease: a phase 2 trial|Example Oncology Reports|2018|10.9999/eor.2018.7"
                        + "|99000002|PMC9900002|http://creativecommons.org/licenses/by/4.0/|4|10-19|jats"),
                rows("SELECT format, title, journal, year, doi, pmid, pmcid, license, volume, page_range, "
                        + "metadata_sources->>'doi' FROM current_documents WHERE file_name = 'drug-b.nxml'"));
        assertEquals(List.of("1|Example|Ann", "2|Sample|Carl"), rows("SELECT a.position, a.family, a.given FROM document_authors a "
                + "JOIN documents d ON d.id = a.document_id WHERE d.file_name = 'drug-b.nxml' ORDER BY a.position"));
        assertEquals(List.of("drug-b.nxml|NCT|NCT01234567|text", "drug-b.txt|NCT|NCT01234567|text",
                        "rt-dose.txt|ISRCTN|ISRCTN12345678|text"),
                rows("SELECT d.file_name, t.registry, t.registration_id, t.source FROM trial_registrations t "
                        + "JOIN documents d ON d.id = t.document_id ORDER BY d.file_name"));
    }

    @Test
    void worksViewKeepsOneVersionPerDoiPreferringJats() throws Exception {
        assertEquals(List.of("10.9999/eor.2018.7|drug-b.nxml", "10.9999/jmu.2016.55|rt-dose.txt"),
                rows("SELECT work_key, file_name FROM works ORDER BY work_key"));
    }

    /** A copy that states only the PMID joins the work of the copy that states the DOI and the PMID. */
    @Test
    void pmidOnlyCopyJoinsTheWorkOfItsDoi() throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO documents (source_path, file_name, sha256, format, char_count, byte_count, pmid) "
                        + "VALUES ('/x/drug-b.pdf', 'drug-b.pdf', repeat('b', 64), 'pdf', 10, 10, '99000002')");
                List<String> works = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT work_key, file_name FROM works ORDER BY work_key")) {
                    while (rs.next()) works.add(rs.getString(1) + "|" + rs.getString(2));
                }
                assertEquals(List.of("10.9999/eor.2018.7|drug-b.nxml", "10.9999/jmu.2016.55|rt-dose.txt"), works);
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void sectionLevelsAreStoredWhereKnown() throws Exception {
        assertEquals(List.of("drug-b.nxml|Results|1", "rt-dose.txt|Results|null"), rows("SELECT d.file_name, s.heading, s.level "
                + "FROM sections s JOIN documents d ON d.id = s.document_id WHERE s.heading = 'Results' ORDER BY d.file_name"));
    }

    @Test
    void textDocumentGetsOnlyWhatItsTextStates() throws Exception {
        assertEquals(List.of("txt|10.9999/jmu.2016.55|null|null|text"),
                rows("SELECT format, doi, journal, year, metadata_sources->>'doi' FROM documents WHERE file_name = 'rt-dose.txt'"));
    }

    @Test
    void journalAndYearAreSearchFields() {
        CliRun years = CliRun.of("search", "--home", home.toString(), "year:[2015 TO *] AND kind:abstract", "--json");
        assertEquals(0, years.code(), years.err());
        assertTrue(years.out().contains("drug-b.nxml") && years.out().contains("\"year\":2018")
                || years.out().contains("\"year\": 2018"), years.out());
        assertFalse(years.out().contains("rt-dose.txt"), years.out());
        CliRun journal = CliRun.of("search", "--home", home.toString(), "journal:\"Example Oncology Reports\"", "--json");
        assertEquals(0, journal.code(), journal.err());
        assertTrue(journal.out().contains("drug-b.nxml"), journal.out());
        assertFalse(journal.out().contains("rt-dose.txt"), journal.out());
    }

    @Test
    void statusCountsDocumentsWithAndWithoutMetadata() {
        CliRun status = CliRun.of("status", "--db-url", db.url(), "--home", home.toString());
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("metadata: 3 documents with journal, year, DOI or PMID, 0 without; 1 papers stored more than once "
                        + "(2 documents share a DOI or PMID"),
                status.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "doi:\"10.9999/EOR.2018.7\"|drug-b.nxml,drug-b.txt",
            "pmid:99000002|drug-b.nxml",
            "trial:NCT01234567|drug-b.nxml,drug-b.txt",
            "trial:ISRCTN12345678|rt-dose.txt"})
    void identifiersAreSearchFields(String query, String files) {
        CliRun run = CliRun.of("search", "--home", home.toString(), query, "--json", "--limit", "50");
        assertEquals(0, run.code(), run.err());
        for (String f : List.of("drug-b.nxml", "drug-b.txt", "rt-dose.txt"))
            assertEquals(List.of(files.split(",")).contains(f), run.out().contains("\"" + f + "\""), query + " " + f + ": " + run.out());
    }

    private static List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(b.toString());
            }
        }
        return out;
    }
}
