package org.oncoev.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevCommand;
import org.oncoev.pipeline.search.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reviewer's API against a real server over three papers written for the test. {@code /api/evidence} and
 * {@code /api/evidence.csv}: rows per type, the query and facet filters restricting them to matching passages,
 * sorting, paging, links that mark the quote in its passage, the CSV download, 400 for bad parameters.
 * {@code /api/search/papers} and {@code /api/search/download}: results grouped by paper, by relevance or year,
 * paged, and every matching passage as CSV and JSON.
 */
class WorkbenchApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    static Path work;
    static String database;
    static ConfigurableApplicationContext server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create("evidence");
        String url = TestDatabase.url(database);
        Path home = work.resolve("home");
        Path corpus = EvidenceCorpus.write(work.resolve("corpus"));
        assertEquals(0, OncoevCommand.commandLine().execute("ingest", corpus.toString(), "--db-url", url, "--home",
                home.toString()), "ingest exit code");
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement st = c.createStatement()) {
            st.execute("UPDATE documents SET year = 2021 WHERE file_name = '" + EvidenceCorpus.ALPHA_FILE + "'");
            st.execute("UPDATE documents SET year = 2019 WHERE file_name = '" + EvidenceCorpus.BETA_FILE + "'");
        }
        server = ServeCommand.start(GlobalOptions.of(url, home), 0, "127.0.0.1");
        base = "http://127.0.0.1:" + ServeCommand.port(server);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (server != null) server.close();
        } finally {
            if (database != null) TestDatabase.drop(database);
        }
    }

    @Test
    void hazardRatiosAcrossPapersWithPaperArmAndCi() throws Exception {
        JsonNode page = getJson("/api/evidence?type=hazard_ratio&sort=value");
        assertEquals(EvidenceCorpus.HAZARD_RATIOS, page.get("total").asInt(), page.toString());
        List<Double> values = new ArrayList<>();
        for (JsonNode row : page.get("rows")) {
            assertEquals("hazard_ratio", row.get("type").asString());
            assertTrue(row.get("ci_low").asDouble() < row.get("value").asDouble());
            assertTrue(row.get("ci_high").asDouble() > row.get("value").asDouble());
            assertTrue(row.get("title").asString().length() > 20, "paper title");
            values.add(row.get("value").asDouble());
        }
        assertEquals(List.of(0.52, 0.74, 0.81, 0.84), values, "sorted by hazard ratio");
        JsonNode descending = getJson("/api/evidence?type=hazard_ratio&sort=-value");
        assertEquals(0.84, descending.get("rows").get(0).get("value").asDouble());
        List<String> endpoints = new ArrayList<>();
        for (JsonNode row : page.get("rows")) endpoints.add(row.get("value").asDouble() + " " + row.get("endpoint").asString());
        assertEquals(List.of("0.52 PFS", "0.74 OS", "0.81 OS", "0.84 OS"), endpoints, "each hazard ratio's own endpoint");
    }

    @Test
    void queryAndFacetFiltersKeepTheFactsOfMatchingPassages() throws Exception {
        JsonNode passage = getJson("/api/evidence?q=" + enc("\"progression-free survival\"") + "&type=hazard_ratio");
        assertEquals(2, passage.get("total").asInt(), "the PFS and the OS hazard ratio of the abstract's paragraph: " + passage);
        JsonNode pfs = getJson("/api/evidence?q=" + enc("\"progression-free survival\"") + "&filter=endpoint:PFS&type=hazard_ratio");
        assertEquals(1, pfs.get("total").asInt(), pfs.toString());
        assertEquals(0.52, pfs.get("rows").get(0).get("value").asDouble());
        assertEquals("PFS", pfs.get("rows").get(0).get("endpoint").asString());
        assertEquals(EvidenceCorpus.ALPHA_FILE, pfs.get("rows").get(0).get("document").asString());
        JsonNode osHrs = getJson("/api/evidence?filter=endpoint:OS&type=hazard_ratio&sort=value");
        List<Double> osValues = new ArrayList<>();
        for (JsonNode row : osHrs.get("rows")) osValues.add(row.get("value").asDouble());
        assertEquals(List.of(0.74, 0.81, 0.84), osValues, "the OS hazard ratios, the abstract's included");

        JsonNode os = getJson("/api/evidence?filter=endpoint:OS&type=survival");
        assertEquals(3, os.get("total").asInt(), os.toString());
        for (JsonNode row : os.get("rows")) {
            assertTrue(List.of(EvidenceCorpus.BETA_FILE, EvidenceCorpus.GAMMA_FILE).contains(row.get("document").asString()));
            assertEquals("OS", row.get("endpoint").asString());
            assertEquals("median", row.get("measure").asString());
            assertTrue(row.get("ci_low").isNumber() && row.get("ci_high").isNumber(), "CI of " + row);
        }
        assertEquals(4, os.get("passages").asInt(), "passages with an OS fact (an OS hazard ratio's too)");
        assertEquals(4, os.get("facets").get("endpoint").get("OS").asInt(), "facets of the matching passages");
        JsonNode all = getJson("/api/evidence");
        assertTrue(all.get("total").asInt() > os.get("total").asInt() + EvidenceCorpus.HAZARD_RATIOS);
    }

    @Test
    void pagesAndLinksToTheExactPassageCharacters() throws Exception {
        JsonNode all = getJson("/api/evidence?sort=document");
        int total = all.get("total").asInt();
        List<String> quotes = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 4) {
            JsonNode page = getJson("/api/evidence?sort=document&limit=4&offset=" + offset);
            assertEquals(total, page.get("total").asInt());
            assertEquals(Math.min(4, total - offset), page.get("rows").size());
            for (JsonNode row : page.get("rows")) quotes.add(row.get("quote").asString());
        }
        List<String> unpaged = new ArrayList<>();
        for (JsonNode row : all.get("rows")) unpaged.add(row.get("quote").asString());
        assertEquals(unpaged, quotes, "pages add up to the whole");

        for (JsonNode row : all.get("rows")) {
            String link = row.get("link").asString();
            assertTrue(link.matches("#doc/\\d+/p/\\d+/\\d+-\\d+"), link);
            JsonNode doc = getJson("/api/documents/" + row.get("document_id").asLong());
            JsonNode passage = null;
            for (JsonNode p : doc.get("passages")) if (p.get("id").asLong() == row.get("passage_id").asLong()) passage = p;
            assertNotNull(passage, "passage of " + row);
            String text = passage.get("text").asString();
            assertEquals(row.get("quote").asString(),
                    text.substring(row.get("passage_start").asInt(), row.get("passage_end").asInt()), "marked characters");
        }
    }

    @Test
    void csvDownloadHoldsEverySelectedRow() throws Exception {
        HttpResponse<String> res = get("/api/evidence.csv?type=survival&sort=year");
        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(res.body()), format)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(getJson("/api/evidence?type=survival").get("total").asInt(), records.size());
            for (CSVRecord r : records) {
                assertEquals("survival", r.get("type"));
                assertTrue(r.get("link").startsWith("#doc/"));
            }
        }
    }

    @Test
    void badParametersAnswer400() throws Exception {
        for (String query : List.of("type=hazard", "sort=colour", "limit=-1", "mode=fuzzy", "filter=nocolon",
                "q=" + enc("agent:(") + "&mode=strict")) {
            HttpResponse<String> res = get("/api/evidence?" + query);
            assertEquals(400, res.statusCode(), query + ": " + res.body());
            assertTrue(JSON.readTree(res.body()).has("error"), res.body());
        }
    }

    @Test
    void searchResultsGroupedByPaperByRelevanceOrYear() throws Exception {
        JsonNode byScore = getJson("/api/search/papers?mode=simple&q=survival");
        assertEquals(3, byScore.get("total_papers").asInt(), byScore.toString());
        double previous = Double.MAX_VALUE;
        int passages = 0;
        for (JsonNode paper : byScore.get("papers")) {
            double score = paper.get("score").asDouble();
            assertTrue(score <= previous, "relevance order");
            previous = score;
            assertTrue(paper.get("hits").size() >= 1 && paper.get("hits").size() <= 3, paper.toString());
            assertEquals(paper.get("hits").get(0).get("score").asDouble(), score, 1e-6, "best passage first");
            for (JsonNode hit : paper.get("hits")) {
                assertEquals(paper.get("document_id").asLong(), hit.get("document_id").asLong(), "hit of its own paper");
                assertTrue(hit.get("snippet").asString().contains("<mark>"), hit.toString());
            }
            passages += paper.get("matching_passages").asInt();
        }
        assertEquals(byScore.get("total_passages").asInt(), passages);

        JsonNode byYear = getJson("/api/search/papers?mode=simple&q=survival&sort=year");
        List<String> order = new ArrayList<>();
        for (JsonNode paper : byYear.get("papers")) order.add(paper.get("document").asString());
        assertEquals(List.of(EvidenceCorpus.ALPHA_FILE, EvidenceCorpus.BETA_FILE, EvidenceCorpus.GAMMA_FILE), order,
                "newest first, unknown year last");

        JsonNode second = getJson("/api/search/papers?mode=simple&q=survival&sort=year&limit=1&offset=1&passages=1");
        assertEquals(3, second.get("total_papers").asInt());
        assertEquals(1, second.get("papers").size());
        assertEquals(EvidenceCorpus.BETA_FILE, second.get("papers").get(0).get("document").asString());
        assertEquals(1, second.get("papers").get(0).get("hits").size());
        assertEquals(400, get("/api/search/papers?q=survival&mode=simple&sort=colour").statusCode());
    }

    @Test
    void searchResultsDownloadAsCsvAndJson() throws Exception {
        int total = getJson("/api/search/papers?mode=simple&q=survival").get("total_passages").asInt();
        HttpResponse<String> csv = get("/api/search/download?format=csv&mode=simple&q=survival");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("search-results.csv"));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.body()), format)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(total, records.size());
            assertEquals("2021", records.stream().filter(r -> r.get("document").equals(EvidenceCorpus.ALPHA_FILE))
                    .findFirst().orElseThrow().get("year"));
            for (CSVRecord r : records) assertTrue(r.get("link").matches("#doc/\\d+/p/\\d+"), r.get("link"));
        }
        JsonNode json = JSON.readTree(get("/api/search/download?format=json&mode=simple&q=survival").body());
        assertEquals(total, json.size());
        assertEquals(400, get("/api/search/download?format=xls&q=survival").statusCode());
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> res = get(path);
        assertEquals(200, res.statusCode(), path + ": " + res.body());
        return JSON.readTree(res.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
